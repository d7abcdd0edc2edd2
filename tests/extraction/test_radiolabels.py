"""One ligand labelled with two nuclides, on our own sentences."""


def test_a_code_labelled_with_two_nuclides_is_two_drugs_each_with_its_own_stage(facts):
    for ac, lu in (("[225Ac]-KOR-88", "[177Lu]-KOR-88"), ("[225Ac]Ac-KOR-88", "[177Lu]Lu-KOR-88")):
        text = (f"Wattle Isotopes Pty Ltd said the first patient was dosed in the Phase 1 TIDE-2 study of {ac} in "
                f"neuroendocrine tumours. Its lutetium version, {lu}, is being tested in a Phase 2 study. "
                "KOR-88 binds the somatostatin receptor 2.")
        records = facts(text)
        assets = {a.asset: (a.nuclide, a.stage) for a in records["assets"]}
        assert assets == {ac: ("Ac-225", "phase1"), lu: ("Lu-177", "phase2")}, ac


def test_a_code_labelled_with_one_nuclide_is_known_by_its_code_even_with_a_bare_label_hyphen(facts):
    text = "Wattle Isotopes Pty Ltd reported that [212Pb]-WAT-31 entered a Phase 1 study. WAT-31 targets GRPR."
    assert [(a.asset, a.nuclide) for a in facts(text)["assets"]] == [("WAT-31", "Pb-212")]
