#pragma once

#include <wx/dialog.h>

#include "plans/treatment_plan.h"
#include "schedule/schedule_service.h"

namespace knotwork::ui {
class TextTable;
}

namespace knotwork::schedule::ui {

// Offers to re-space the visits booked for a plan that has moved to its next phase: each visit
// that would move, from when to when, those that keep their time (no free time near the new
// one), and those the new phase no longer asks for, to be cancelled. Re-space gives wxID_OK;
// nothing is saved here.
class RespaceDialog : public wxDialog {
public:
    RespaceDialog(wxWindow* parent, const wxString& clientName, const plans::TreatmentPlan& plan,
                  const RespacePreview& preview);

    knotwork::ui::TextTable& changeList() const { return *m_list; }
    // Whether the preview changes anything at all: nothing to offer otherwise.
    static bool changesAnything(const RespacePreview& preview);

private:
    knotwork::ui::TextTable* m_list;
};

} // namespace knotwork::schedule::ui
