#!/usr/bin/env python3
"""Reads jcm's CI reports with the packages pipelines use, for the Swift tests.

Usage: ci_reports.py junit FILE.xml | ci_reports.py sarif FILE.sarif
junit: parsed with junitparser; prints each suite's name, tests, failures, errors and skipped,
and each non-passing case's result type and message.
sarif: validated with sarif-pydantic's SARIF 2.1.0 object model and loaded with Microsoft's
sarif-tools; prints each result's rule, level and location.
"""
import json
import sys


def junit(path):
    from junitparser import JUnitXml
    report = {"suites": []}
    for suite in JUnitXml.fromfile(path):
        cases = []
        for case in suite:
            for result in case.result:
                cases.append({"name": case.name, "type": result._tag, "message": result.message})
        report["suites"].append({"name": suite.name, "tests": suite.tests, "failures": suite.failures,
                                 "errors": suite.errors, "skipped": suite.skipped, "cases": cases})
    return report


def sarif(path):
    import sarif_pydantic
    from sarif import loader
    with open(path, encoding="utf-8") as handle:
        document = json.load(handle)
    model = sarif_pydantic.Sarif.model_validate(document)
    loaded = loader.load_sarif_file(path)
    results = []
    for run in model.runs:
        for result in run.results or []:
            location = result.locations[0].physical_location
            results.append({"rule": result.rule_id, "level": str(result.level.value if hasattr(result.level, "value") else result.level),
                            "uri": location.artifact_location.uri, "line": location.region.start_line,
                            "column": location.region.start_column})
    rules = [rule.id for run in model.runs for rule in (run.tool.driver.rules or [])]
    return {"version": model.version, "results": results, "rules": rules,
            "sarif_tools_count": loaded.get_result_count()}


if __name__ == "__main__":
    kind, path = sys.argv[1], sys.argv[2]
    json.dump(junit(path) if kind == "junit" else sarif(path), sys.stdout, ensure_ascii=False, indent=1, default=str)
