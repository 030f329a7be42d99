#pragma once

#include <optional>
#include <vector>
#include <wx/dialog.h>

#include "common/calendar_date.h"

class wxChoice;
class wxDatePickerCtrl;
class wxStaticText;

namespace knotwork::billing::ui {

// The days a client's statement or superbill covers: a preset (this year to date, last year,
// this month, last month, the chosen invoice's visit) or days picked, first to last. OK is
// offered only for a first day on or before the last.
class PeriodDialog : public wxDialog {
public:
    struct Period {
        Date from{boost::gregorian::not_a_date_time};
        Date to{boost::gregorian::not_a_date_time};
    };

    // `visitDay` offers the chosen invoice's visit as a period of its own, and starts with it.
    PeriodDialog(wxWindow* parent, const wxString& title, const wxString& okLabel, const Date& today,
                 std::optional<Date> visitDay = {});

    Period period() const;

private:
    void presetChosen();
    void daysPicked();

    std::vector<Period> m_presets;
    wxChoice* m_preset;
    wxDatePickerCtrl* m_from;
    wxDatePickerCtrl* m_to;
    wxStaticText* m_problem;
};

} // namespace knotwork::billing::ui
