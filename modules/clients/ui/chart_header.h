#pragma once

#include <functional>
#include <wx/panel.h>

#include "clients/ui/chart_context.h"

class wxButton;
class wxStaticText;

namespace knotwork::clients::ui {

class Badge;
class SafetyBadge;

// The top of a chart: who the client is (name, age, pronouns), their safety badge and the
// diagnosis on file, so the first glance answers "is it safe"; and, when the client has no
// informed consent to treatment on file, says so with a button that records it.
class ChartHeader : public wxPanel {
public:
    ChartHeader(wxWindow* parent, std::function<void()> recordConsent);
    void show(const ChartContext& context);

private:
    void wrapLines();

    wxStaticText* m_name;
    SafetyBadge* m_badge;
    Badge* m_precautions;
    wxStaticText* m_details;
    wxStaticText* m_diagnoses;
    wxStaticText* m_noConsent;
    wxButton* m_recordConsent;
    wxString m_diagnosesText;
    int m_wrappedAt = 0;
};

} // namespace knotwork::clients::ui
