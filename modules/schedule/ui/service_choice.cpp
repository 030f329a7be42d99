#include "schedule/ui/service_choice.h"

#include <algorithm>
#include <wx/choice.h>

#include "common/ui/wx_text.h"

namespace knotwork::schedule::ui {

wxChoice* serviceChoice(wxWindow* parent, const std::vector<Service>& offered, const char* name)
{
    auto* choice = new wxChoice(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0, wxDefaultValidator,
                                name);
    for (const Service& service : offered)
        choice->Append(knotwork::ui::toWx(service.name));
    const auto usual = std::ranges::find_if(offered, [](const Service& service) {
        return service.kind == ServiceKind::Treatment && service.minutes == 60;
    });
    if (!offered.empty())
        choice->SetSelection(usual == offered.end() ? 0 : static_cast<int>(usual - offered.begin()));
    return choice;
}

std::vector<Service> offeredServices(const std::vector<Service>& all)
{
    std::vector<Service> offered;
    std::ranges::copy_if(all, std::back_inserter(offered), &Service::offered);
    return offered;
}

} // namespace knotwork::schedule::ui
