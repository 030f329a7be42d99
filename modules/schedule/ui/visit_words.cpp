#include "schedule/ui/visit_words.h"

#include <algorithm>
#include <wx/intl.h>

#include "common/ui/wx_text.h"

namespace knotwork::schedule::ui {

using knotwork::ui::toWx;

std::map<AppointmentId, VisitWords> readVisitWords(const std::vector<Appointment>& visits, ScheduleService& schedule)
{
    const std::vector<Service> services = schedule.book().services();
    const std::map<ClientId, VisitClient> visitors = schedule.visitClients(visits);
    std::map<AppointmentId, VisitWords> words;
    for (const Appointment& visit : visits) {
        const VisitClient& client = visitors.at(visit.clientId);
        VisitWords said{shortClientName(client.client), toWx(clients::fullName(client.client)), {},
                        toWx(client.precautions)};
        const auto service = std::ranges::find(services, visit.serviceId, &Service::id);
        said.service = service != services.end()
                           ? toWx(service->name)
                           : wxString::Format(wxPLURAL("%d minute", "%d minutes", visit.minutes), visit.minutes);
        if (visit.referralOnly)
            said.badges = said.badges.empty() ? wxString(_("Referral only"))
                                              : wxString::Format(_("Referral only · %s"), said.badges);
        words.emplace(visit.id, said);
    }
    return words;
}

wxString issuesInWords(const std::vector<BookingIssue>& issues, const std::map<AppointmentId, VisitWords>& words)
{
    wxString text;
    for (const BookingIssue& issue : issues) {
        wxString line = toWx(describeIssue(issue));
        if (issue.other)
            if (const auto other = words.find(*issue.other); other != words.end())
                line = wxString::Format(_("%s: %s"), line, other->second.fullName);
        text += (text.empty() ? wxString() : wxString("\n")) + line;
    }
    return text;
}

} // namespace knotwork::schedule::ui
