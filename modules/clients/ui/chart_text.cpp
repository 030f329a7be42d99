#include "clients/ui/chart_text.h"

#include <wx/intl.h>
#include <wx/numformatter.h>

#include "common/ui/choice_text.h"
#include "common/ui/wx_date.h"

namespace knotwork::clients::ui {

using namespace knotwork::ui;

using knotwork::ui::toWx;

wxString diagnosisText(const ChartContext& context, const Diagnosis& diagnosis)
{
    const wxString type = labelText(diagnosis.type);
    const bool byKnown = diagnosis.providerId || !diagnosis.diagnosedBy.empty();
    const wxString by = context.providerName(diagnosis.providerId, diagnosis.diagnosedBy);
    if (byKnown && diagnosis.diagnosedOn)
        return wxString::Format(_("%s (%s, %s)"), type, by, formatDate(*diagnosis.diagnosedOn));
    if (byKnown)
        return wxString::Format(_("%s (%s)"), type, by);
    if (diagnosis.diagnosedOn)
        return wxString::Format(_("%s (%s)"), type, formatDate(*diagnosis.diagnosedOn));
    return type;
}

wxString diagnosesLine(const ChartContext& context)
{
    if (context.chart.diagnoses.empty())
        return _("Not diagnosed — refer to a provider");
    wxArrayString each;
    for (const Diagnosis& diagnosis : context.chart.diagnoses)
        each.Add(diagnosisText(context, diagnosis));
    return wxString::Format(_("Dx on file: %s"), joinText(each, "; "));
}

wxString issuesText(const std::set<SafetyIssue>& issues)
{
    return issues.empty() ? wxString(_("No red flags or contraindications found.")) : labelsText(issues);
}

wxString clearanceText(const ChartContext& context, const Clearance& clearance)
{
    wxString text = wxString::Format(_("Cleared by %s on %s"),
                                     context.providerName(clearance.providerId, clearance.providerName),
                                     formatDate(clearance.clearedOn));
    if (clearance.expiresOn)
        text += "\n" + wxString::Format(_("Valid until %s"), formatDate(*clearance.expiresOn));
    if (!clearance.conditions.empty())
        text += "\n" + wxString::Format(_("Conditions: %s"), toWx(clearance.conditions));
    if (!clearance.covers.empty())
        text += "\n" + wxString::Format(_("Covers: %s"), labelsText(clearance.covers));
    return text;
}

wxString consentText(const Consent& consent)
{
    wxString text;
    if (consent.wordingVersion.empty())
        text = wxString::Format(_("Given %s"), formatDate(consent.givenOn));
    else if (consent.kind == ConsentKind::CancellationPolicy)
        text = wxString::Format(_("Accepted %s (policy version %s)"), formatDate(consent.givenOn),
                                toWx(consent.wordingVersion));
    else
        text = wxString::Format(_("Given %s (form %s)"), formatDate(consent.givenOn), toWx(consent.wordingVersion));
    if (consent.revokedOn)
        text += "\n" + wxString::Format(_("Revoked %s"), formatDate(*consent.revokedOn));
    if (!consent.notes.empty())
        text += "\n" + toWx(consent.notes);
    return text;
}

wxString numberText(const std::optional<double>& value)
{
    return value ? wxNumberFormatter::ToString(*value, 1, wxNumberFormatter::Style_NoTrailingZeroes)
                 : wxString();
}

wxString numberText(const std::optional<int>& value)
{
    return value ? wxNumberFormatter::ToString(static_cast<long>(*value)) : wxString();
}

} // namespace knotwork::clients::ui
