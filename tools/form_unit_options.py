#!/usr/bin/env python3
"""Fills the unit pickers of the Tasklist forms from reference/units.yaml: the triage form's "Đơn vị xử lý"
(unitCode) and the handling form's transfer target (transferUnitCode). City bodies first, then the 168 wards,
communes and the special zone by name; each option is labelled "Vietnamese name / English name" and its value is
the unit code. Run it after changing units.yaml (ModelsTest fails until the forms list exactly the directory's
units):  python3 tools/form_unit_options.py
"""
import json
import pathlib

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
COMMUNE_LEVEL = {"WARD", "COMMUNE", "SPECIAL_ZONE"}
PICKERS = {"forms/triage-report.form": "unitCode", "forms/handle-report.form": "transferUnitCode"}


def options():
    units = yaml.safe_load((ROOT / "reference/units.yaml").read_text(encoding="utf-8"))["units"]
    bodies = [u for u in units if u["kind"] not in COMMUNE_LEVEL]
    communes = sorted((u for u in units if u["kind"] in COMMUNE_LEVEL), key=lambda u: u["nameEn"].lower())
    return [{"label": f'{u["nameVi"]} / {u["nameEn"]}', "value": u["code"]} for u in bodies + communes]


def main():
    values = options()
    for path, key in PICKERS.items():
        file = ROOT / path
        form = json.loads(file.read_text(encoding="utf-8"))
        for component in form["components"]:
            if component.get("key") == key:
                component["type"] = "select"
                component["searchable"] = True
                component["values"] = values
        file.write_text(json.dumps(form, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"{path}: {key} offers {len(values)} units")


if __name__ == "__main__":
    main()
