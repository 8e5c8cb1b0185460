#!/usr/bin/env python3
"""Turn the neutral corpus of ../shared/tools/bench/gen_site.py into a CongKhai Content/ folder.

  neutral_to_content.py NEUTRAL_DIR CONTENT_DIR

- data/thu-tuc.csv: one row per procedure (code, name, field, level, agency, time limit, fee);
- data/thu-tuc/<code>.md: the body, whose "## " headings become the procedure's sections;
- site.yaml: a commune with a base URL, so every procedure gets its QR codes.

"Cấp huyện" rows become "Cấp xã": district-level government ended on 1 July 2025 and its
procedures moved to the communes, and CongKhai models the levels a commune desk handles.
This conversion is not part of the timed build.
"""
import csv
import os
import shutil
import sys

SITE_YAML = """commune: Xã Mẫu
province: Tỉnh Mẫu
title: Cổng Dịch vụ công tỉnh Mẫu
description: Danh mục thủ tục hành chính tổng hợp để đo tốc độ CongKhai.
base_url: https://dichvucong.example.gov.vn/
theme: default
agency:
  name: Ủy ban nhân dân xã Mẫu
  superior: Ủy ban nhân dân tỉnh Mẫu
  address: Thôn Một, xã Mẫu, tỉnh Mẫu
  phone: 0200 3000 000
  email: ubnd@example.gov.vn
  working_hours: Sáng 7 giờ 00 – 11 giờ 30, chiều 13 giờ 30 – 17 giờ 00, từ thứ Hai đến thứ Sáu
feedback:
  receiving_body: Ủy ban nhân dân xã Mẫu
  address: Thôn Một, xã Mẫu, tỉnh Mẫu
  postal_address: Ủy ban nhân dân xã Mẫu, thôn Một, xã Mẫu, tỉnh Mẫu
  phone: 0200 3000 001
  email: pakn@example.gov.vn
  province_system_name: Hệ thống phản ánh, kiến nghị tỉnh Mẫu
  province_system_url: https://dichvucong.example.gov.vn/pakn/
qr_codes: true
"""


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    neutral, content = sys.argv[1], sys.argv[2]
    shutil.rmtree(content, ignore_errors=True)
    detail_dir = os.path.join(content, "data", "thu-tuc")
    os.makedirs(detail_dir)
    with open(os.path.join(content, "site.yaml"), "w", encoding="utf-8") as f:
        f.write(SITE_YAML)
    with open(os.path.join(neutral, "procedures.csv"), encoding="utf-8", newline="") as src, \
         open(os.path.join(content, "data", "thu-tuc.csv"), "w", encoding="utf-8", newline="") as dst:
        out = csv.writer(dst, lineterminator="\n")
        out.writerow(["code", "name", "field", "level", "agency", "time_limit", "fee"])
        count = 0
        for row in csv.DictReader(src):
            level = "Cấp xã" if row["level"] == "Cấp huyện" else row["level"]
            out.writerow([row["code"], row["name"], row["field"], level, row["agency"], row["time_limit"], row["fee"]])
            shutil.copyfile(os.path.join(neutral, row["body_file"]), os.path.join(detail_dir, row["code"] + ".md"))
            count += 1
    print(f"neutral_to_content: {count} procedures -> {content}")


if __name__ == "__main__":
    main()
