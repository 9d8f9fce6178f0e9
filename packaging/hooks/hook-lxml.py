# Replaces the contrib hook-lxml.py, which collects every lxml submodule (lxml.html, objectify,
# sax: 4 MB of extension modules). The app imports lxml.etree only; hook-lxml.etree.py (contrib)
# still adds what etree needs (lxml._elementpath).
hiddenimports: list[str] = []
