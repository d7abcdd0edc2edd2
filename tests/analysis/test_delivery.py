import math

import numpy as np
import pytest

from pharmalens.analysis.delivery import Place, haversine_km, load_places, reach
from pharmalens.analysis.errors import SpecError


def test_haversine_one_degree_of_latitude():
    assert float(haversine_km(np.array(0.0), np.array(0.0), np.array(1.0), np.array(0.0))) == \
        pytest.approx(2 * math.pi * 6371.0088 / 360, rel=1e-9)


def test_reach_counts_hospitals_within_half_a_half_life():
    sites = (Place("site", 30.0, 104.0, ("Lu-177", "F-18")),)
    near = Place("near", 30.1, 104.0)  # about 11 km
    far = Place("far", 40.0, 104.0)  # about 1,112 km
    report = reach(sites, (near, far), ("F-18", "Lu-177", "Ac-225"), speed_kmh=60, handling_hours=1, detour=1.0)
    rows = {r.nuclide: r for r in report.rows}
    assert rows["F-18"].reachable_names == ("near",)
    assert rows["Lu-177"].reachable == 2
    assert rows["Ac-225"].reachable == 0  # no site makes it
    assert rows["F-18"].max_travel_hours == pytest.approx(109.77 / 60 - 1)


def test_handling_longer_than_half_life_reaches_nothing():
    report = reach((Place("s", 0, 0),), (Place("h", 0, 0),), ("Ga-68",), handling_hours=2)
    assert report.rows[0].reachable == 0 and report.rows[0].max_travel_hours < 0


def test_load_places_validates(tmp_path):
    good = tmp_path / "sites.csv"
    good.write_text("name,lat,lon,nuclides\nA,30,104,177Lu; Ac-225\n", encoding="utf-8")
    assert load_places(good)[0].nuclides == ("Lu-177", "Ac-225")
    bad = tmp_path / "bad.csv"
    bad.write_text("name,lat,lon\nA,95,104\n", encoding="utf-8")
    with pytest.raises(SpecError) as caught:
        load_places(bad)
    assert caught.value.field == "bad.csv row 2 lat"
