"""The hostile soak's verdict on RSS and open files (tests/soak/hostile.judge_level), on made-up
samples: it fails growth and a peak that stays, and lets through a peak gone by the next sample."""

from __future__ import annotations

from tests.soak.hostile import judge_level


def judge_rss(rss: list[float], after: list[str]) -> str:
    return judge_level("RSS", rss, after, unit=" MiB")


def test_a_flat_level_with_a_peak_that_comes_back_passes(capsys) -> None:
    rss = [110.0, 111.0, 130.0, 111.0, 112.0, 111.5, 112.0, 113.0, 112.5]
    after = ["reset"] * len(rss)
    after[2] = "huge_chunked"
    assert judge_rss(rss, after) == ""
    out = capsys.readouterr().out
    assert "peak 130.0 MiB right after 'huge_chunked'; 111.0 MiB at the next sample" in out


def test_a_level_that_grows_fails() -> None:
    rss = [110.0, 111.0, 112.0, 116.0, 118.0, 120.0, 122.0, 124.0, 126.0]
    assert judge_rss(rss, ["x"] * len(rss)) == "RSS grew 111 -> 124 MiB"


def test_a_peak_that_stays_fails() -> None:
    rss = [110.0, 110.0, 110.0, 130.0, 129.0, 110.0, 110.0, 110.0, 110.0]
    after = ["x", "x", "x", "huge_callflow", "x", "x", "x", "x", "x"]
    assert judge_rss(rss, after) == "RSS stayed above 121 MiB after 'huge_callflow'"


def test_a_slow_creep_over_ten_percent_fails_on_growth() -> None:
    rss = [100.0 + i * 0.5 for i in range(60)]  # +0.5 MiB a sample, +30 % over the run
    assert judge_rss(rss, ["x"] * len(rss)).startswith("RSS grew")


def test_open_files_get_a_slack_of_three_and_fail_when_they_climb() -> None:
    fds = [27.0, 28.0, 31.0, 28.0, 29.0, 28.0, 27.0, 29.0, 28.0]
    assert judge_level("open files", fds, ["x"] * len(fds), slack=3.0) == ""
    leaking = [27.0 + i for i in range(12)]  # one more after every fault
    verdict = judge_level("open files", leaking, ["x"] * len(leaking), slack=3.0)
    assert verdict.startswith("open files grew")
