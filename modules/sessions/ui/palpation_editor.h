#pragma once

#include <functional>
#include <optional>
#include <vector>
#include <wx/panel.h>

#include "sessions/soap_note.h"

class wxCheckBox;
class wxChoice;
class wxStaticText;
class wxButton;
class wxDataViewListCtrl;

namespace knotwork::ui {
class ScaleButtons;
}

namespace knotwork::sessions::ui {

class BodyChartCtrl;

// Palpation findings on the body chart: clicking a muscle region (or reaching it with the
// keyboard) selects it, and the controls beside the chart record its tenderness (0–3),
// hypertonicity, trigger point and whether it reproduces the headache. The chart shows every
// finding in colour with a legend; the list under it says every site's findings in words, for
// a reader without the picture: selecting a row selects the site, and the chart's keys (0–3, H,
// T, R, Delete) edit it there too.
class PalpationEditor : public wxPanel {
public:
    explicit PalpationEditor(wxWindow* parent);

    void setFindings(const std::vector<PalpationFinding>& findings);
    std::vector<PalpationFinding> findings() const { return m_findings; }
    // Findings carried forward from the previous note are drawn muted until one is changed.
    void setCarriedForward(bool carried);
    void setReadOnly(bool readOnly);
    // Called after every change the person makes (not after setFindings).
    void onChanged(std::function<void()> changed) { m_changed = std::move(changed); }

    BodyChartCtrl* chart() const { return m_chart; }
    wxDataViewListCtrl* list() const { return m_list; }
    void select(const MuscleSite& site);
    std::optional<MuscleSite> selected() const { return m_selected; }

private:
    // Applies a key of the chart ('0'–'3', 'h', 't', 'r', 'x') to the selected site.
    void applyKey(char key);
    // Changes the selected site's finding (creating it) and reports the change.
    void change(const std::function<void(PalpationFinding&)>& edit);
    void clearSelected();
    void showSelected();
    void createList();
    void showList();
    PalpationFinding* selectedFinding();

    std::vector<PalpationFinding> m_findings;
    std::optional<MuscleSite> m_selected;
    bool m_muted = false;
    bool m_readOnly = false;
    std::function<void()> m_changed;

    BodyChartCtrl* m_chart;
    wxStaticText* m_siteName;
    knotwork::ui::ScaleButtons* m_tenderness;
    wxCheckBox* m_hypertonic;
    wxChoice* m_triggerPoint;
    wxCheckBox* m_reproduces;
    wxButton* m_clear;
    wxDataViewListCtrl* m_list;
};

} // namespace knotwork::sessions::ui
