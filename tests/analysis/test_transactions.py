"""Each analysis reads the store in one transaction: its parts come from one snapshot (the statistics
and the page of comps agree, so do a dossier's totals and sections) and it checks out one connection."""
from __future__ import annotations

import pytest

from pharmalens.analysis.comps import CompsFilter, comps
from pharmalens.analysis.dossier import dossier
from pharmalens.analysis.landscape import landscape


@pytest.mark.parametrize("analysis", [
    lambda store: dossier(store, "阿尔法生物"),
    lambda store: comps(store, CompsFilter(nuclide="Ac-225")),
    lambda store: landscape(store),
], ids=["dossier", "comps", "landscape"])
def test_an_analysis_reads_in_one_transaction(analysis_store, begun, analysis) -> None:
    first = analysis(analysis_store)
    begun.clear()
    again = analysis(analysis_store)
    assert len(begun) == 1
    assert again == first


def test_a_dossier_of_an_unknown_company_still_ends_its_transaction(analysis_store) -> None:
    from pharmalens.analysis.dossier import UnknownCompany

    with pytest.raises(UnknownCompany):
        dossier(analysis_store, "Nobody Such Therapeutics")
    assert dossier(analysis_store, "Alpha Bio").name == "Alpha Bio"
