#include "schedule/ui/waitlist_dialog.h"

#include <algorithm>
#include <wx/button.h>
#include <wx/choicdlg.h>
#include <wx/intl.h>
#include <wx/listbox.h>
#include <wx/srchctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "common/ui/accessibility.h"
#include "common/ui/report_errors.h"
#include "common/ui/spacing.h"
#include "common/ui/text_table.h"
#include "common/ui/work_area.h"
#include "common/ui/wrapping_text.h"
#include "common/ui/wx_date.h"
#include "common/ui/wx_text.h"
#include "common/ui/wx_time.h"
#include "schedule/ui/schedule_text.h"
#include "schedule/ui/waitlist_entry_dialog.h"

namespace knotwork::schedule::ui {

namespace {

using knotwork::ui::toWx;

// Enough of the practice's matches to pick from; a longer list asks for more of the name.
constexpr int kMatchesShown = 12;

// What a list shows of an entry: the client, the service, the days that suit and what suits.
struct EntryWords {
    wxString client, service, days, preferences;
};

std::vector<EntryWords> entryWords(const std::vector<WaitlistEntry>& entries, ScheduleService& schedule,
                                   clients::ClientService& clients)
{
    const std::vector<Service> services = schedule.book().services();
    std::vector<EntryWords> words;
    for (const WaitlistEntry& entry : entries) {
        const auto service = std::ranges::find(services, entry.serviceId, &Service::id);
        const wxString from = knotwork::ui::formatDate(entry.from);
        words.push_back({toWx(clients::fullName(clients.clients().chart(entry.clientId).client)),
                         service == services.end() ? wxString() : toWx(service->name),
                         entry.until ? wxString::Format(_("%s to %s"), from, knotwork::ui::formatDate(*entry.until))
                                     : wxString::Format(_("from %s"), from),
                         toWx(entry.preferences)});
    }
    return words;
}

} // namespace

WaitlistDialog::WaitlistDialog(wxWindow* parent, ScheduleService& schedule, clients::ClientService& clients,
                               Notifier& notifier)
    : wxDialog(parent, wxID_ANY, _("Waitlist"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER, "waitlist-dialog"),
      m_schedule(schedule),
      m_clients(clients),
      m_notifier(notifier)
{
    auto* intro = new knotwork::ui::WrappingText(
        this,
        _("Clients who would like an earlier time, oldest first. A cancellation that frees a time one of them "
          "fits offers it."),
        "waitlist-intro", 400);
    knotwork::ui::labelNothing(*intro);
    m_list = new knotwork::ui::TextTable(this, "waitlist-list", _("Waitlist"),
                                         {{_("Client"), 170}, {_("Service"), 150}, {_("Days"), 190},
                                          {_("What suits"), 200}, {_("Added"), 100}});
    m_list->SetMinSize(FromDIP(wxSize(640, 180)));
    m_close = new wxButton(this, wxID_ANY, _("Close &entry"), wxDefaultPosition, wxDefaultSize, 0,
                           wxDefaultValidator, "close-waitlist-entry");
    m_close->SetToolTip(_("The chosen client no longer wants an earlier time"));
    m_close->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { closeSelected(); });
    m_list->onSelectionChanged([this] { m_close->Enable(m_list->selectedRow().has_value()); });

    auto* find = new wxSearchCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0,
                                  wxDefaultValidator, "waitlist-client-search");
    find->SetDescriptiveText(_("Find a client to add"));
    knotwork::ui::setAccessibleName(*find, _("Find a client to add to the waitlist"));
    find->Bind(wxEVT_TEXT, [this, find](wxCommandEvent&) { findClients(find->GetValue()); });
    m_found = new wxListBox(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 90)), 0, nullptr, wxLB_SINGLE,
                            wxDefaultValidator, "waitlist-client-matches");
    knotwork::ui::setAccessibleName(*m_found, _("Clients found"));
    m_found->Bind(wxEVT_LISTBOX, [this](wxCommandEvent&) { m_add->Enable(m_found->GetSelection() != wxNOT_FOUND); });
    m_found->Bind(wxEVT_LISTBOX_DCLICK, [this](wxCommandEvent&) { addChosenClient(); });
    m_add = new wxButton(this, wxID_ANY, _("&Add to waitlist…"), wxDefaultPosition, wxDefaultSize, 0,
                         wxDefaultValidator, "add-to-waitlist");
    m_add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { addChosenClient(); });
    m_add->Enable(false);
    auto* adding = new wxBoxSizer(wxHORIZONTAL);
    auto* search = new wxBoxSizer(wxVERTICAL);
    search->Add(find, wxSizerFlags().Expand());
    search->Add(m_found, wxSizerFlags(1).Expand().Border(wxTOP, FromDIP(4)));
    adding->Add(search, wxSizerFlags(1).Expand());
    adding->Add(m_add, wxSizerFlags().Border(wxLEFT, FromDIP(6)));

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(m_close);
    buttons->AddStretchSpacer();
    buttons->Add(new wxButton(this, wxID_CLOSE, _("&Close")));
    SetEscapeId(wxID_CLOSE);
    const int margin = FromDIP(knotwork::ui::kWindowMargin);
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(intro, wxSizerFlags().Expand().Border(wxALL, margin));
    column->Add(m_list, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, margin));
    column->Add(adding, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, margin));
    column->Add(buttons, wxSizerFlags().Expand().Border(wxALL, margin));
    SetSizer(column);
    reload();
    Fit();
    Centre();
    knotwork::ui::keepWithinWorkArea(*this);
    m_list->SetFocus();
}

void WaitlistDialog::reload()
{
    std::vector<EntryWords> words;
    knotwork::ui::reportErrors(m_notifier, _("Could not read the waitlist"), [&] {
        m_entries = m_schedule.book().waitlist();
        words = entryWords(m_entries, m_schedule, m_clients);
    });
    std::vector<knotwork::ui::TextTable::Row> rows;
    for (std::size_t i = 0; i < words.size(); ++i)
        rows.push_back({{words[i].client, words[i].service, words[i].days, words[i].preferences,
                         knotwork::ui::formatDate(m_entries[i].addedAt)}});
    m_list->setRows(std::move(rows));
    m_list->fitColumnsToContent();
    m_close->Enable(false);
}

void WaitlistDialog::closeSelected()
{
    const auto row = m_list->selectedRow();
    if (!row)
        return;
    if (knotwork::ui::reportErrors(m_notifier, _("Could not close the waitlist entry"),
                                   [&] { m_schedule.closeWaitlistEntry(m_entries.at(*row).id); }))
        m_changed = true;
    reload();
}

int askWhomToOffer(wxWindow* parent, const wxString& message, const wxArrayString& choices)
{
    wxSingleChoiceDialog ask(parent, message, _("Offer this time to…"), choices);
    ask.SetName("offer-freed-time");
    return ask.ShowModal() == wxID_OK ? ask.GetSelection() : -1;
}

void WaitlistDialog::findClients(const wxString& text)
{
    m_matches.clear();
    m_found->Clear();
    m_add->Enable(false);
    if (text.Strip(wxString::both).empty())
        return;
    knotwork::ui::reportErrors(m_notifier, _("Could not search the clients"), [&] {
        clients::ClientQuery query;
        query.text = knotwork::ui::toUtf8(text);
        m_matches = m_clients.clients().page(query, m_clients.today(), 0, kMatchesShown);
    });
    for (const clients::ClientListRow& row : m_matches) {
        clients::Client client;
        client.familyName = row.familyName;
        client.givenNames = row.givenNames;
        client.preferredName = row.preferredName;
        m_found->Append(toWx(clients::fullName(client)));
    }
}

void WaitlistDialog::addChosenClient()
{
    const int chosen = m_found->GetSelection();
    if (chosen == wxNOT_FOUND)
        return;
    WaitlistEntryDialog entry(this, m_schedule, m_matches.at(static_cast<std::size_t>(chosen)).id,
                              m_found->GetString(static_cast<unsigned>(chosen)));
    if (entry.ShowModal() == wxID_OK) {
        m_changed = true;
        reload();
    }
}

bool offerFreedTime(wxWindow* parent, ScheduleService& schedule, clients::ClientService& clients, Notifier& notifier,
                    AppointmentId freed, const OfferQuestion& ask)
{
    std::vector<WaitlistEntry> entries;
    std::vector<EntryWords> words;
    Appointment visit;
    knotwork::ui::reportErrors(notifier, _("Could not read the waitlist"), [&] {
        visit = schedule.visit(freed);
        if (!holdsTime(visit.status))
            entries = schedule.waitlistFor(freed);
        words = entryWords(entries, schedule, clients);
    });
    if (entries.empty())
        return false;
    wxArrayString choices;
    for (const EntryWords& entry : words)
        choices.Add(entry.preferences.empty()
                        ? wxString::Format(_("%s: %s, %s"), entry.client, entry.service, entry.days)
                        : wxString::Format(_("%s: %s, %s (%s)"), entry.client, entry.service, entry.days,
                                           entry.preferences));
    const int answer = ask(parent,
                           wxString::Format(_("The cancellation freed %s, %s. Offer this time to a client on the "
                                              "waitlist? The one chosen is booked at once."),
                                            longDay(visit.start.date()), visitTimes(visit)),
                           choices);
    if (answer < 0 || answer >= static_cast<int>(entries.size()))
        return false;
    const WaitlistId chosen = entries[static_cast<std::size_t>(answer)].id;
    return knotwork::ui::reportErrors(notifier, _("Could not book the client from the waitlist"), [&] {
        schedule.offerFreedTime(freed, chosen, Issues::Refused);
    });
}

} // namespace knotwork::schedule::ui
