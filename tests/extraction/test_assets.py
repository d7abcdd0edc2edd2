"""Assets named together in one text, on our own sentences."""


def test_a_brand_with_its_radiolabelled_name_and_dosage_form_in_brackets_is_one_asset(facts):
    for form in ("injection", "for injection", "kit"):
        text = (f"Wandoo Imaging Ltd announced FDA approval of Zirvista (zirconium Zr 89 belratuzumab {form}), "
                "a PET imaging agent for kidney masses.")
        assets = facts(text)["assets"]
        assert [(a.asset, a.aliases) for a in assets] == [("Zirvista", ["belratuzumab"])], form
