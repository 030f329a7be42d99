#pragma once

#include <wx/panel.h>

#include "clients/ui/chart_context.h"

class wxStaticText;

namespace knotwork::clients::ui {

class SafetyBadge;

// The top of a chart: who the client is (name, age, pronouns), their safety badge and the
// diagnosis on file, so the first glance answers "is it safe".
class ChartHeader : public wxPanel {
public:
    explicit ChartHeader(wxWindow* parent);
    void show(const ChartContext& context);

private:
    void wrapDiagnoses();

    wxStaticText* m_name;
    SafetyBadge* m_badge;
    wxStaticText* m_details;
    wxStaticText* m_diagnoses;
    wxString m_diagnosesText;
    int m_wrappedAt = 0;
};

} // namespace knotwork::clients::ui
