#pragma once
// The chart's records in words, shared by its header and tabs.

#include <optional>
#include <set>
#include <wx/string.h>

#include "clients/ui/chart_context.h"

namespace knotwork::clients::ui {

// "Cervicogenic headache (Dr Okafor, 3/4/26)".
wxString diagnosisText(const ChartContext& context, const Diagnosis& diagnosis);
// "Dx on file: …", or "Not diagnosed — refer to a provider".
wxString diagnosesLine(const ChartContext& context);
// The findings in words, or that nothing was found.
wxString issuesText(const std::set<SafetyIssue>& issues);
// "Dr Okafor · cleared 3/4/26 · until 3/4/27 · Conditions: no neck manipulation".
wxString clearanceText(const ChartContext& context, const Clearance& clearance);
// "Given 3/4/26 (form 2)", with its revocation on a second line.
wxString consentText(const Consent& consent);
// A number in the locale's format with up to one decimal; empty when not recorded.
wxString numberText(const std::optional<double>& value);
wxString numberText(const std::optional<int>& value);

} // namespace knotwork::clients::ui
