#include "app/gui/record_check_text.h"

#include <algorithm>
#include <wx/intl.h>
#include <wx/numformatter.h>

#include "common/ui/wx_text.h"

namespace knotwork::gui {

namespace {

wxString number(long long count)
{
    return wxNumberFormatter::ToString(static_cast<long>(count));
}

int problemCount(const integrity::IntegrityReport& report)
{
    return static_cast<int>(report.findings.size());
}

} // namespace

wxString recordCheckStatus(const integrity::IntegrityReport& report)
{
    if (report.intact())
        return report.linksUnchecked > 0 ? _("Records intact, some not checkable here") : _("Records intact");
    return wxString::Format(wxPLURAL("Records: %d problem found", "Records: %d problems found", problemCount(report)),
                            problemCount(report));
}

wxString recordCheckWarning(const integrity::IntegrityReport& report)
{
    if (report.intact())
        return wxString();
    const int count = problemCount(report);
    return wxString::Format(wxPLURAL("The check of this practice's records found %d problem: a record was changed, "
                                     "removed or added outside Knotwork, or the file is damaged.",
                                     "The check of this practice's records found %d problems: records were changed, "
                                     "removed or added outside Knotwork, or the file is damaged.",
                                     count),
                            count)
           + "\n" + findingLine(recordsFirst(report).front())
           + "\n" + _("Restore a backup from before the change, or keep the details for whoever looks into it.");
}

wxString recordCheckCounts(const integrity::IntegrityReport& report)
{
    wxString text = wxString::Format(wxPLURAL("%s sealed record checked.", "%s sealed records checked.",
                                              report.linksChecked),
                                     number(report.linksChecked));
    if (report.linksUnchecked > 0)
        text += " " + wxString::Format(wxPLURAL("%s was sealed under a key this computer does not hold and "
                                                "could not be checked.",
                                                "%s were sealed under a key this computer does not hold and "
                                                "could not be checked.",
                                                report.linksUnchecked),
                                       number(report.linksUnchecked));
    if (report.head)
        text += " " + wxString::Format(_("Chain head: %s"), ui::toWx(report.head->witness()));
    return text;
}

std::vector<integrity::IntegrityFinding> recordsFirst(const integrity::IntegrityReport& report)
{
    std::vector<integrity::IntegrityFinding> findings = report.findings;
    integrity::orderRecordsFirst(findings);
    return findings;
}

wxString findingLine(const integrity::IntegrityFinding& finding)
{
    return wxString::Format(_("%s · %s: %s"), ui::toWx(integrity::areaName(finding.area)), ui::toWx(finding.subject),
                            ui::toWx(finding.problem));
}

} // namespace knotwork::gui
