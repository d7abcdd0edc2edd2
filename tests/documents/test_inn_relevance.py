"""A drug's INN (a word ending in a WHO stem: -mab, -tinib, -dotin, -siran) marks biopharma news that names
no known company or drug; words of other trades with the same endings (cancel, concept) do not."""
from pharmalens.documents.relevance import inn_named, is_relevant, relevance_score


def test_inn_endings_are_read_on_words_of_four_letters_or_more():
    assert inn_named("belvatamab zovodotin") and inn_named("Orvetinib") and inn_named("tolvasiran")
    assert not any(inn_named(w) for w in ("cancel the parcel", "Excel", "a new concept", "tab"))


def test_a_filing_over_an_unknown_inn_is_biopharma_news_and_a_franchise_is_not():
    filing = ("Item 1.01 Entry into a Material Definitive Agreement. On May 2, 2026, Quorvane Inc. and Maltrix, Ltd. "
              "entered into a License Agreement under which Quorvane granted Maltrix an exclusive license for the "
              "development and commercialization of belvatamab zovodotin and orvetinib in Japan. Maltrix will pay "
              "royalties on net sales and up to $140 million in milestone payments.")
    franchise = ("On May 2, 2026, Quorvane Inc. and Maltrix, Ltd. entered into a License Agreement under which Quorvane "
                 "granted Maltrix an exclusive license to its restaurant concept in Japan. Maltrix will pay royalties "
                 "on net sales and up to $14 million in milestone payments; either party may cancel the agreement.")
    assert is_relevant(filing) and not is_relevant(franchise)
    assert relevance_score(franchise) == 0.0
