"""English press-release and trade-press phrasings, on our own texts with invented companies."""
from decimal import Decimal

from pharmalens.documents.articles import read_articles
from pharmalens.extraction.pipeline import extract_article
from pharmalens.sources.files import SourceFile



def test_a_year_after_from_and_the_prior_figure_is_no_period_for_the_next_sentence(facts, one):
    text = ("Ardmore Biologics Reports Full Year 2026 Financial Results\n\n"
            "BASEL, Feb. 12, 2027 -- Ardmore Biologics AG today reported results for the year ended December 31, "
            "2026. Selling expenses rose to EUR 51.7 million from EUR 44.2 million in 2025. The company reported a "
            "net loss of EUR 13.9 million, compared to a net loss of EUR 27.5 million in the prior year.")
    records = facts(text, "ardmore.txt")["financials"]
    assert one(records, metric="net_profit", period="FY2026").amount == Decimal("-13.9")
    assert one(records, metric="net_profit", period="FY2025").amount == Decimal("-27.5")
    assert one(records, metric="selling_expense", period="FY2025").amount == Decimal("44.2")


def test_a_code_made_of_target_letters_and_a_long_number_is_a_drug(facts, one):
    text = ("Quarry Bio Reports Second Quarter 2026 Results\n\nQuarry Bio, a clinical-stage biotechnology company, "
            "has discontinued development of GPR-318, its oral obesity candidate, after a portfolio review, and "
            "dosed the first patient with FAP-2207 in a Phase 1 study. IL-23 and TLR7 remain targets of interest.")
    records = facts(text, "quarry.txt")
    assert {a.asset for a in records["assets"]} == {"GPR-318", "FAP-2207"}
    assert one(records["terminations"], asset="GPR-318").company == "Quarry Bio"


def test_a_code_described_as_the_companys_drug_is_the_drug_not_a_company(facts, one):
    text = ("On May 4, 2026, Pellbrook Therapeutics, Inc. (the \"Company\") entered into a License Agreement with "
            "Ostmark GmbH, under which the Company granted Ostmark an exclusive license to develop BXP-712, the "
            "Company's anti-IL-13 monoclonal antibody, for an upfront payment of $40.0 million.")
    records = facts(text, "pellbrook.txt")
    deal = one(records["deals"], licensor="Pellbrook Therapeutics")
    assert deal.asset == "BXP-712" and deal.licensee == "Ostmark"
    assert one(records["assets"], asset="BXP-712").company == "Pellbrook Therapeutics"


def test_milestone_caps_each_named_before_its_amount_are_summed(facts, one):
    en = facts("Harrow Lane Bio granted Quintel AG an exclusive license to HLB-208, an anti-OX40L antibody, for an "
               "upfront payment of $30.0 million. Harrow Lane is eligible to receive development and regulatory "
               "milestone payments of up to $140.0 million and commercial milestone payments of up to $360.0 million.",
               "harrow.txt")["deals"]
    assert one(en, asset="HLB-208").milestones.amount == 500
    zh = facts("云杉生物与赤城制药就YS-330达成授权合作，云杉生物将获得首付款3000万美元，临床及注册里程碑付款最高1.2亿美元，"
               "销售里程碑付款最高3.8亿美元。", "yunshan.txt")["deals"]
    assert one(zh, asset="YS-330").milestones.amount == 500


def test_upfront_and_one_tranche_together_then_the_next_tranche_are_no_two_caps(facts, one):
    deals = facts("Harrow Lane Bio granted Quintel AG an exclusive license to HLB-208, an anti-OX40L antibody. Harrow "
                  "Lane is entitled to upfront and development milestone payments of approximately $90.0 million and "
                  "commercial milestone payments of up to $360.0 million.", "harrow2.txt")["deals"]
    assert one(deals, asset="HLB-208").milestones.amount != 450


def test_an_opening_adverb_before_the_agency_and_the_company_is_no_company():
    text = ("Marrowind Therapeutics said the FDA approved its antibody tavolimab for psoriasis.\n"
            "Separately, the FDA has asked the company to run a confirmatory study of tavolimab in psoriatic arthritis.")
    source = SourceFile(path="marrowind.txt", name="marrowind.txt", suffix=".txt", data=text.encode("utf-8"))
    assert {m.name for m in extract_article(read_articles(source)[0]).companies} == {"Marrowind Therapeutics"}


def test_a_risk_cut_and_its_hazard_ratio_are_one_result(facts):
    named = facts("Kestrel Oncology said KST-550, a PSMA-targeted radioligand, met the primary endpoint of "
                  "radiographic progression-free survival in the Phase 3 HARRIER trial in 388 patients with mCRPC, "
                  "reducing the risk of disease progression or death by 37% (HR 0.63; 95% CI, 0.49-0.81).",
                  "kestrel.txt")["clinical"]
    assert [(r.endpoint, r.value) for r in named] == [("rPFS_HR", 0.63)]
    bare = facts("Kestrel Oncology said KST-550 reduced the risk of disease progression or death by 37% in the "
                 "Phase 3 HARRIER trial in 388 patients with mCRPC (HR 0.63; 95% CI, 0.49-0.81).",
                 "kestrel2.txt")["clinical"]
    assert [(r.endpoint, r.value, r.ci) for r in bare] == [("PFS_HR", 0.63, [0.49, 0.81])]


def test_a_headline_option_on_a_drug_without_an_article_is_the_option_deal(facts):
    text = ("Brayford pays $25M for option on Kelso's bispecific\n\n"
            "Brayford Pharma has paid Kelso Biotherapeutics $25 million for an exclusive option to license KLS-310, a "
            "PD-1xVEGF bispecific antibody, outside China, with up to $640 million more in option fees and milestones.")
    deals = facts(text, "brayford.txt")["deals"]
    assert [(d.deal_type, d.asset) for d in deals] == [("option", "KLS-310")]


def test_a_brand_before_its_radiolabelled_name_in_brackets_is_one_drug(facts, one):
    text = ("Corvane Radiopharma said the FDA approved Lumaxa (lutetium Lu 177 felotreotide) for adults with SSTR-positive "
            "neuroendocrine tumours. In the Phase 3 NEXA-1 trial of 240 patients, Lumaxa extended median "
            "progression-free survival to 24.1 months versus 9.3 months with high-dose octreotide (HR 0.35).")
    records = facts(text, "corvane.txt")
    drug = one(records["assets"], asset="Lumaxa")
    assert "felotreotide" in drug.aliases and drug.nuclide == "Lu-177"
    assert one(records["clinical"], endpoint="PFS_HR").asset == "Lumaxa"
    assert one(records["clinical"], value=24.1).asset == "Lumaxa"
    bracketed = facts("Corvane Radiopharma presented data on Lumaxa (lutetium [177Lu] felotreotide) in neuroendocrine "
                      "tumours at ESMO.", "corvane2.txt")["assets"]
    assert "felotreotide" in one(bracketed, asset="Lumaxa").aliases


def test_the_value_of_the_transaction_in_the_next_sentence_is_the_deals_total(facts, one):
    en = facts("Halvorsen Bio agreed to acquire Tamsin Therapeutics, developer of the TYK2 inhibitor TMS-12, for $9.40 "
               "per share in cash. The transaction is valued at approximately $610 million.", "halvorsen.txt")["deals"]
    assert one(en, licensee="Halvorsen Bio").total.amount == 610
    worded = facts("Halvorsen Bio completed its tender offer for Tamsin Therapeutics, developer of the TYK2 inhibitor "
                   "TMS-12, at $9.40 per share. The total transaction value is about $610 million.", "halv2.txt")["deals"]
    assert one(worded, licensee="Halvorsen Bio").total.amount == 610
    zh = facts("海文生物宣布以每股9.4美元现金收购塔辛制药，获得其TYK2抑制剂TMS-12。该交易的收购总价约为6.1亿美元。",
               "haiwen.txt")["deals"]
    assert one(zh, licensee="海文生物").total.amount == 610


def test_a_site_to_complete_or_to_begin_operations_is_a_facility_named_without_the_full_stop(facts, one):
    text = ("Tamarind Isotopes, a producer of medical isotopes for radiopharmaceuticals, raised $60 million in a "
            "Series A round. It will use the proceeds to complete a lutetium-177 production facility in Gary, which "
            "is expected to begin operations in 2029.")
    site = one(facts(text, "tamarind.txt")["facilities"], company="Tamarind Isotopes")
    assert site.kind_of_site == "gmp_plant" and site.nuclides == ["Lu-177"] and site.date == "2029"
    opened = facts("Tamarind Isotopes, a producer of medical isotopes for radiopharmaceuticals, opened a lutetium-177 "
                   "production facility in Gary.", "tamarind2.txt")["facilities"]
    assert one(opened, company="Tamarind Isotopes").name.endswith("in Gary")


def test_rights_returned_in_the_next_sentence_are_the_returners_stop_without_the_other_drugs_stage(facts, one):
    text = ("Ostrander Bio AG said it will stop the Phase 2 program of OST-14 in gastric cancer. The company also "
            "returned the rights to OST-30 to Ninomiya Pharma.")
    stops = facts(text, "ostrander.txt")["terminations"]
    first, returned = one(stops, asset="OST-14"), one(stops, asset="OST-30")
    assert first.company == "Ostrander Bio" and first.phase == "phase2"
    assert returned.company == "Ostrander Bio" and returned.phase is None


def test_a_new_companys_first_word_later_is_that_company(facts, one):
    text = ("Brisby Bio and Coldharbour Pharma Form NewCo\n\nLONDON, March 2, 2026 -- Brisby Bio today announced an "
            "agreement with Coldharbour Pharma to form Saltmarsh Neurosciences, a new company that will develop "
            "BRB-77, an oral NLRP3 inhibitor. Brisby will receive $20 million upfront and a 15% equity stake in "
            "Saltmarsh, and is eligible for up to $400 million in milestones. Saltmarsh has raised $90 million in "
            "Series A financing.")
    records = facts(text, "brisby.txt")
    assert one(records["financings"], round="a").company == "Saltmarsh Neurosciences"
    assert "Saltmarsh" not in {d.licensee for d in records["deals"]}


def test_the_day_of_the_closing_price_behind_a_premium_is_not_when_the_deal_was_announced(facts, one):
    text = ("AUSTIN, Texas, September 15, 2026 -- Brannock Pharma (NYSE: BRNK) and Tollard Bio, Inc. (Nasdaq: TLRD) "
            "today announced that Brannock will acquire all outstanding shares of Tollard for $21.75 per share in cash, "
            "a 63% premium to Tollard's closing price on September 14, 2026. The deal has an equity value of about $1.6 billion.")
    deal = one(facts(text)["deals"], deal_type="acquisition")
    assert deal.announced == "2026-09-15"


def test_a_licence_to_a_company_launched_in_an_earlier_sentence_is_its_newco_deal(facts, one):
    text = ("HANGZHOU and SAN FRANCISCO, October 6, 2026 -- Xilin Pharmaceuticals today announced the formation of "
            "Corbett Therapeutics, a newly formed company that will develop XLP-731, Xilin's oral APOC3 inhibitor, "
            "outside China. Under the terms, Xilin receives $45 million upfront and a 15% stake in Corbett, and is "
            "eligible for up to $700 million in milestones.")
    deal = one(facts(text)["deals"], licensor="Xilin Pharmaceuticals")
    assert (deal.deal_type, deal.licensee, deal.asset) == ("newco", "Corbett Therapeutics", "XLP-731")
