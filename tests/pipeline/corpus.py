"""A small news folder in our own words: English and Chinese articles, a near copy and an exact copy."""
from __future__ import annotations

from pathlib import Path

HERON = ("Heron Isotope Therapeutics licenses HIT-412 to Meridale Pharma\n\n"
         "BOSTON, April 7, 2026 -- Heron Isotope Therapeutics Inc. granted Meridale Pharma Inc. exclusive "
         "worldwide rights to HIT-412, a Phase I lutetium-177 radioligand against FAP, for an upfront payment "
         "of $32 million and up to $610 million in milestones. Meridale will also pay tiered royalties. "
         "The first patients in the dose-escalation study were treated in January, and Heron said the "
         "programme showed a disease control rate of 58% among 24 patients with pancreatic cancer.\n")
HERON_AGAIN = HERON.replace("BOSTON", "CAMBRIDGE").replace("were treated in January", "received doses in January")
CHINESE = ("青岚核医药宣布与枫桥生物达成许可协议\n\n"
           "2026年5月12日，青岚核医药股份有限公司公告称，公司与枫桥生物科技有限公司签署独家许可协议，"
           "将其镥-177标记的PSMA放射性配体疗法QL-207在大中华区的权益授予枫桥生物。"
           "枫桥生物将支付首付款8000万元人民币，并按开发进度支付最高6亿元人民币的里程碑付款。"
           "QL-207目前处于临床I期。\n")
FINANCING = ("Tamsin Radiopharma raises $55 million Series B\n\n"
             "LONDON, June 2, 2026 -- Tamsin Radiopharma Ltd. closed a $55 million Series B financing led by "
             "Corvid Ventures to take its actinium-225 programme TR-88 into a Phase I trial in small cell lung "
             "cancer.\n")


def write_news(folder: Path, updates: int = 0) -> Path:
    """Files named so that the near copy and the exact copy come after their originals; `updates`
    more licensing articles, each about another asset for other money, to keep workers busy."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in (("a_heron.txt", HERON), ("b_qinglan.txt", CHINESE), ("c_tamsin.txt", FINANCING),
                       ("d_heron_again.txt", HERON_AGAIN), ("e_tamsin_copy.txt", FINANCING)):
        (folder / name).write_text(text, encoding="utf-8")
    for n in range(updates):
        partner = ["Calloway Bio", "Pemberton Oncology", "Ostrava Medical"][n % 3]
        text = (HERON.replace("HIT-412", f"HIT-{500 + n}").replace("$32", f"${40 + n}")
                .replace("Meridale Pharma", partner).replace("Meridale", partner.split()[0]))
        (folder / f"u{n:02d}.txt").write_text(text, encoding="utf-8")
    return folder
