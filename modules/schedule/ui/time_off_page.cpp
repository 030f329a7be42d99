#include "schedule/ui/time_off_page.h"

#include <wx/button.h>
#include <wx/datectrl.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "clients/client_service.h"
#include "common/ui/accessibility.h"
#include "common/ui/form_grid.h"
#include "common/ui/text_table.h"
#include "common/ui/time_field.h"
#include "common/ui/wx_date.h"
#include "common/ui/wx_text.h"
#include "common/ui/wx_time.h"
#include "schedule/book_settings_service.h"
#include "schedule/ui/schedule_text.h"

namespace knotwork::schedule::ui {

using namespace knotwork::ui;
using boost::gregorian::days;

namespace {

wxString momentText(const LocalTime& time)
{
    return formatDate(time.date()) + " " + formatTime(time.time_of_day());
}

} // namespace

TimeOffPage::TimeOffPage(wxWindow* parent, BookSettingsService& settings, clients::ClientService& clients,
                         SettingsPageHooks hooks)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "time-off-page"),
      m_settings(settings),
      m_clients(clients),
      m_hooks(std::move(hooks))
{
    m_table = new TextTable(this, "time-off", _("Time off"), {{_("From"), 150}, {_("Until"), 150}, {_("Reason"), 220}},
                            FromDIP(wxSize(540, 110)));
    m_remove = new wxButton(this, wxID_ANY, _("&Remove"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                            "remove-time-off");
    m_remove->SetToolTip(_("Its hours are open for booking again."));
    m_remove->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { remove(); });
    m_table->onSelectionChanged([this] { m_remove->Enable(m_table->selectedRow().has_value()); });

    FormGrid grid(this, _("Add time off"), m_hooks.markers);
    const wxDateTime today = toWxDate(m_clients.today());
    auto dayAndTime = [&](wxDatePickerCtrl*& day, TimeField*& time, const std::string& key, const wxString& label) {
        day = new wxDatePickerCtrl(grid.parent(), wxID_ANY, today, wxDefaultPosition, wxDefaultSize,
                                   wxDP_DROPDOWN | wxDP_SHOWCENTURY, wxDefaultValidator, toWx(key + "_day"));
        time = new TimeField(grid.parent(), key + "_time");
        time->SetHint(_("all day"));
        auto* row = new wxBoxSizer(wxHORIZONTAL);
        row->Add(day, wxSizerFlags().CentreVertical().Border(wxRIGHT, relatedGap(*this)));
        row->Add(time, wxSizerFlags().CentreVertical());
        grid.add(label, row, day, key);
        m_hooks.markers.addAlias(key + "_time", key);
    };
    dayAndTime(m_fromDay, m_fromTime, "from", _("&From"));
    dayAndTime(m_toDay, m_toTime, "to", _("&Until"));
    m_reason = grid.addText(_("R&eason"), "reason");
    m_reason->SetHint(_("e.g. Holidays, Course"));
    grid.addNote(_("Leave the times empty for whole days; the last day is included."));
    auto* addButton = new wxButton(grid.parent(), wxID_ANY, _("&Add time off"), wxDefaultPosition, wxDefaultSize, 0,
                                   wxDefaultValidator, "add-time-off");
    addButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { add(); });
    grid.addNatural(addButton);
    m_warning = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, "time-off-warning");
    labelNothing(*m_warning);
    m_warning->Hide();

    const int gap = relatedGap(*this);
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(m_table, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    column->Add(m_remove, wxSizerFlags().Border(wxALL, gap));
    column->Add(grid.sizer(), wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, gap));
    column->Add(m_warning, wxSizerFlags().Expand().Border(wxALL, gap));
    SetSizer(column);
    reload();
}

void TimeOffPage::reload()
{
    m_shown = m_settings.timeOffFrom(m_clients.today());
    std::vector<TextTable::Row> rows;
    for (const TimeOff& timeOff : m_shown)
        rows.push_back({{momentText(timeOff.from), momentText(timeOff.to), toWx(timeOff.reason)}});
    m_table->setRows(std::move(rows));
    m_remove->Enable(false);
}

TimeOff TimeOffPage::typed(Validator& problems) const
{
    TimeOff timeOff;
    const std::optional<Date> first = fromWxDate(m_fromDay->GetValue());
    const std::optional<Date> last = fromWxDate(m_toDay->GetValue());
    const std::optional<TimeOfDay> starts = m_fromTime->read(problems);
    const std::optional<TimeOfDay> ends = m_toTime->read(problems);
    if (first)
        timeOff.from = LocalTime(*first, starts.value_or(TimeOfDay(0, 0, 0)));
    if (last)
        timeOff.to = ends ? LocalTime(*last, *ends) : LocalTime(*last + days(1));
    timeOff.reason = trimmedText(*m_reason);
    return timeOff;
}

bool TimeOffPage::add()
{
    TimeOffAdded added;
    const bool saved = m_hooks.attempt([&] {
        Validator problems;
        const TimeOff timeOff = typed(problems);
        problems.throwIfAny();  // what could not be read; the rules are the service's
        added = m_settings.addTimeOff(timeOff);
    });
    if (!saved)
        return false;
    m_reason->Clear();
    m_fromTime->Clear();
    m_toTime->Clear();
    reload();
    warnOf(added.bookedVisits);
    return true;
}

void TimeOffPage::warnOf(const std::vector<Appointment>& visits)
{
    wxString text;
    if (!visits.empty()) {
        text = wxString::Format(wxPLURAL("%zu booked visit falls in this time off and stays booked until you move "
                                         "or cancel it:",
                                         "%zu booked visits fall in this time off and stay booked until you move "
                                         "or cancel them:",
                                         visits.size()),
                                visits.size());
        for (const Appointment& visit : visits)
            text += "\n" + longDay(visit.start.date()) + ", " + visitTimes(visit) + ", "
                + toWx(clients::fullName(m_clients.clients().chart(visit.clientId).client));
    }
    m_warning->SetLabel(text);
    m_warning->Wrap(FromDIP(520));
    m_warning->Show(!visits.empty());
    relayoutForm(*m_warning);
}

void TimeOffPage::remove()
{
    const std::optional<std::size_t> row = m_table->selectedRow();
    if (row && m_hooks.attempt([&] { m_settings.removeTimeOff(m_shown[*row].id); }))
        reload();
}

} // namespace knotwork::schedule::ui
