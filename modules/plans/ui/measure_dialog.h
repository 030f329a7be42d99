#pragma once

#include <array>
#include <vector>

#include "common/notifier.h"
#include "common/ui/record_dialog.h"
#include "plans/plan_service.h"

class wxChoice;
class wxDatePickerCtrl;
class wxSimplebook;
class wxStaticText;
class wxTextCtrl;

namespace knotwork::ui {
class NumberField;
class ScaleButtons;
}

namespace knotwork::plans::ui {

// Enters a measure the client completed on paper, by the form's numbers, never its wording
// (DOMAIN.md): the NDI's ten sections 0–5 (skipped ones left empty), the HDI's 25 items as
// yes / sometimes / no, three to five PSFS activities in the client's words with 0–10 ratings
// (a follow-up rates the baseline's activities, filled in), an NPRS 0–10, a HIT-6 total (the
// instrument is licensed: no items), or a functional goal's rating. The score shows as it is
// entered.
class MeasureDialog : public knotwork::ui::RecordDialog {
public:
    MeasureDialog(wxWindow* parent, PlanService& service, ClientId client, const wxString& clientName);

    void setKind(MeasureKind kind);
    // What the form holds now, as it would be saved.
    OutcomeMeasure measure() const;
    wxString scoreText() const;

    knotwork::ui::ScaleButtons& ndiSection(int index) const { return *m_ndi[index]; }
    wxChoice& hdiItem(int index) const { return *m_hdi[index]; }
    wxTextCtrl& activity(int index) const { return *m_activities[index]; }
    knotwork::ui::ScaleButtons& rating(int index) const { return *m_ratings[index]; }
    knotwork::ui::ScaleButtons& nprs() const { return *m_nprs; }

protected:
    void save() override;

private:
    wxWindow* ndiPage(wxWindow* parent);
    wxWindow* hdiPage(wxWindow* parent);
    wxWindow* activitiesPage(wxWindow* parent);
    wxWindow* totalsPage(wxWindow* parent);
    void updateScore();
    // PSFS: a follow-up rates the baseline's activities, so they are filled in and fixed.
    void offerBaselineActivities(bool psfs);

    PlanService& m_service;
    ClientId m_client;
    wxChoice* m_kind;
    wxDatePickerCtrl* m_takenOn;
    wxSimplebook* m_pages;
    std::vector<knotwork::ui::ScaleButtons*> m_ndi;
    std::vector<wxChoice*> m_hdi;
    std::vector<wxTextCtrl*> m_activities;
    std::vector<knotwork::ui::ScaleButtons*> m_ratings;
    wxStaticText* m_activitiesHelp;
    std::size_t m_baselineActivities = 0;  // activity rows filled from the PSFS baseline
    knotwork::ui::ScaleButtons* m_nprs;
    knotwork::ui::NumberField* m_hit6;
    wxTextCtrl* m_notes;
    wxStaticText* m_score;
};

// Record measure… wherever it is offered (the Plan and Progress tabs, Client › Record measure…):
// the dialog for the client, true when a measure was saved. An archived client's measures are
// not recorded; the notifier says so instead.
struct MeasureFor {
    ClientId client = 0;
    wxString name;
    bool archived = false;
};
bool recordMeasure(wxWindow* parent, PlanService& service, Notifier& notifier, const MeasureFor& client);

} // namespace knotwork::plans::ui
