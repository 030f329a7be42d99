#include "integrity/integrity_report.h"

#include <algorithm>

#include "common/i18n.h"

namespace knotwork::integrity {

std::string areaName(IntegrityFinding::Area area)
{
    switch (area) {
    case IntegrityFinding::Area::File:
        return _("File");
    case IntegrityFinding::Area::ForeignKey:
        return _("Foreign key");
    case IntegrityFinding::Area::Schema:
        return _("Schema");
    case IntegrityFinding::Area::Chain:
        return _("Record chain");
    case IntegrityFinding::Area::Record:
        return _("Record");
    }
    return {};
}

std::string_view areaKey(IntegrityFinding::Area area)
{
    switch (area) {
    case IntegrityFinding::Area::File:
        return "file";
    case IntegrityFinding::Area::ForeignKey:
        return "foreign_key";
    case IntegrityFinding::Area::Schema:
        return "schema";
    case IntegrityFinding::Area::Chain:
        return "chain";
    case IntegrityFinding::Area::Record:
        return "record";
    }
    return {};
}

void orderRecordsFirst(std::vector<IntegrityFinding>& findings)
{
    using Area = IntegrityFinding::Area;
    const auto rank = [](const IntegrityFinding& finding) {
        switch (finding.area) {
        case Area::Chain: return 0;
        case Area::Record: return 1;
        case Area::File: return 2;
        case Area::ForeignKey: return 3;
        case Area::Schema: return 4;
        }
        return 5;
    };
    std::ranges::stable_sort(findings, {}, rank);
}

std::string IntegrityReport::summary() const
{
    if (intact()) {
        std::string text = formatMessage(
            P_("The {} sealed record is intact.", "All {} sealed records are intact.", linksChecked),
            linksChecked);
        if (linksUnchecked > 0) {
            // Appended in two steps: GCC 12's release build imagines an overflow in " " + text.
            text += ' ';
            text += formatMessage(P_("{} older record was sealed with a replaced key and cannot be checked here.",
                                     "{} older records were sealed with a replaced key and cannot be checked here.",
                                     linksUnchecked),
                                  linksUnchecked);
        }
        return text;
    }
    return formatMessage(P_("{} problem found: {} — {}", "{} problems found, the first: {} — {}",
                                  findings.size()),
                         findings.size(), findings.front().subject, findings.front().problem);
}

} // namespace knotwork::integrity
