"""RLib times and Pool equality, str and repr."""

import uuid
from datetime import datetime, timezone

from hypothesis import given
from hypothesis import strategies as st

import smedge_core as smedge

TIMES = st.datetimes(min_value=datetime(1971, 1, 2), max_value=datetime(2200, 1, 1))


@given(TIMES)
def test_datetime_to_rtime_and_back(moment):
    rtime = smedge.datetime_to_rtime(moment)
    assert rtime.isdigit()
    assert smedge.extract_datetime(rtime) == moment
    assert smedge.datetime_to_rtime(smedge.extract_datetime(rtime)) == rtime


@given(st.integers(min_value=10 ** 14, max_value=7 * 10 ** 15))
def test_rtime_to_datetime_and_back(number):
    assert smedge.datetime_to_rtime(smedge.extract_datetime(str(number))) == str(number)


def test_formatted_form_and_failures():
    assert smedge.extract_datetime("2026-11-29 17:05:09.250") == datetime(2026, 11, 29, 17, 5, 9, 250000)
    assert smedge.extract_datetime("2026-11-29 17:05:09") == datetime(2026, 11, 29, 17, 5, 9)
    assert smedge.extract_datetime("next tuesday") is None
    assert smedge.extract_datetime("0") is None
    assert smedge.datetime_to_rtime(None) == "0"


def test_aware_datetimes_convert_by_their_offset():
    aware = datetime(2026, 1, 1, tzinfo=timezone.utc)
    assert smedge.datetime_to_rtime(aware) == str(1767225600 * 1000000)


POOL_ID = uuid.UUID("a29f0cb2-11e1-42a9-9b72-6c5f5be5f671")


def test_pool_equality_prefers_id_over_name():
    pool = smedge.Pool(POOL_ID, "Maya farm")
    assert pool == POOL_ID and pool == str(POOL_ID) and pool == "maya FARM"
    assert pool == smedge.Pool(str(POOL_ID), "renamed since")
    assert pool != smedge.Pool(uuid.uuid4(), "Maya farm")
    assert pool == smedge.Pool(None, "Maya farm")
    assert pool != "other" and pool != uuid.uuid4() and pool != 3


def test_pool_str_and_repr():
    pool = smedge.Pool(str(POOL_ID), "cpu")
    assert str(pool) == str(POOL_ID)
    assert repr(pool) == "Pool(UUID('a29f0cb2-11e1-42a9-9b72-6c5f5be5f671'), 'cpu')"
    assert {pool: 1}[smedge.Pool(POOL_ID, "x")] == 1


def test_history_element_and_path_translation_are_values():
    element = smedge.HistoryElement("1001-1001", POOL_ID, datetime(2026, 1, 1), 3, POOL_ID, "")
    assert element == smedge.HistoryElement("1001-1001", POOL_ID, datetime(2026, 1, 1), 3, POOL_ID, "")
    translation = smedge.PathTranslation("P:\\", "/prod", "/Volumes/prod")
    assert translation.linux == "/prod" and translation[2] == "/Volumes/prod"


def test_non_ascii_digits_are_not_a_time():
    assert smedge.extract_datetime("²") is None
    assert smedge.extract_datetime("١٢٣") is None
