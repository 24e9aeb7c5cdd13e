"""Public holidays in the timeline notes: Easter computus, fixed days, King's Day, the 1182/71 rule."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from innodraft.procedure import compute_timeline, holidays
from innodraft.procedure.loader import DataFileError
from tests.procedure.helpers import d, situation


@pytest.mark.parametrize(("year", "easter"), [
    (2024, "2024-03-31"), (2025, "2025-04-20"), (2026, "2026-04-05"), (2027, "2027-03-28"),
    (2028, "2028-04-16"), (2029, "2029-04-01"), (2030, "2030-04-21"),
    (2038, "2038-04-25"), (2285, "2285-03-22"),  # the latest and the earliest possible Easter
])
def test_easter_sunday(year: int, easter: str) -> None:
    assert holidays.easter_sunday(year) == d(easter)


@pytest.mark.parametrize(("day", "nl"), [
    ("2027-01-01", "Nieuwjaarsdag"), ("2027-03-29", "Tweede Paasdag"), ("2027-04-27", "Koningsdag"),
    ("2025-04-26", "Koningsdag"),  # 27 April 2025 is a Sunday
    ("2026-05-05", "Bevrijdingsdag"), ("2027-05-06", "Hemelvaartsdag"), ("2027-05-17", "Tweede Pinksterdag"),
    ("2026-12-25", "Eerste Kerstdag"), ("2026-12-26", "Tweede Kerstdag"),
])
def test_holidays(day: str, nl: str) -> None:
    name = holidays.holiday(d(day))
    assert name is not None and name.nl == nl and name.en


@pytest.mark.parametrize("day", ["2025-04-27", "2027-03-26", "2027-03-30", "2027-05-07", "2026-12-24",
                                 "2026-06-01"])
def test_ordinary_days(day: str) -> None:
    assert holidays.holiday(d(day)) is None


def _tenders(pub: dt.date) -> Any:
    items = compute_timeline("open", pub, situation(date=str(pub), electronic_submission=True))
    return next(i for i in items if i.key == "tenders")


def test_timeline_notes_a_deadline_on_a_holiday() -> None:
    first = d("2027-02-01")
    days = (_tenders(first).earliest - first).days  # the statutory period, whatever the data says
    easter_monday = d("2027-03-29")
    tenders = _tenders(easter_monday - dt.timedelta(days=days))
    assert tenders.earliest == easter_monday
    texts = [(n.en, n.nl) for n in tenders.notes]
    assert any("Easter Monday" in en and "1182/71" in en and "Tweede Paasdag" in nl for en, nl in texts)


def test_timeline_notes_weekends_and_not_working_days() -> None:
    first = d("2027-02-01")
    days = (_tenders(first).earliest - first).days
    saturday, wednesday = d("2027-06-05"), d("2027-06-09")
    on_saturday = _tenders(saturday - dt.timedelta(days=days))
    assert on_saturday.earliest == saturday and any("1182/71" in n.en for n in on_saturday.notes)
    on_wednesday = _tenders(wednesday - dt.timedelta(days=days))
    assert on_wednesday.earliest == wednesday and not any("1182/71" in n.en for n in on_wednesday.notes)


def test_broken_holiday_file_names_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    def fake(_name: str) -> Any:
        return {"fixed": {"13-40": {"en": "x", "nl": "y"}}, "easter": {}, "kings_day": {"en": "k", "nl": "k"},
                "rule": {"en": "r", "nl": "r"}}

    holidays._data.cache_clear()
    monkeypatch.setattr(holidays, "load_data", fake)
    try:
        with pytest.raises(DataFileError, match=r"holidays\.yaml:fixed\.13-40"):
            holidays.holiday(d("2027-01-01"))
    finally:
        holidays._data.cache_clear()
