"""The frozen app's entry script: PyInstaller runs this file as ``__main__``.

It is ``python -m app`` without ``-m``: the CLI decides between the tray and a subcommand.
"""

from app.__main__ import main

main()
