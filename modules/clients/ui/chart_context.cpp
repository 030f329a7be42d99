#include "clients/ui/chart_context.h"

#include <wx/intl.h>

#include "common/error.h"
#include "common/ui/wx_text.h"

namespace knotwork::clients::ui {

namespace {

void addProvider(ChartContext& context, std::optional<ProviderId> id)
{
    if (!id || context.providers.contains(*id))
        return;
    try {
        context.providers.emplace(*id, context.service->providers().get(*id));
    } catch (const NotFoundError&) {
        // A provider removed from the directory: the chart shows the name typed on the record.
    }
}

} // namespace

const Provider* ChartContext::provider(std::optional<ProviderId> id) const
{
    if (!id)
        return nullptr;
    const auto found = providers.find(*id);
    return found == providers.end() ? nullptr : &found->second;
}

wxString ChartContext::providerName(std::optional<ProviderId> id, const std::string& typedName) const
{
    if (const Provider* known = provider(id))
        return knotwork::ui::toWx(known->name);
    return typedName.empty() ? wxString(_("—")) : knotwork::ui::toWx(typedName);
}

ChartContext loadChartContext(ClientService& service, ClientId id)
{
    ChartContext context;
    context.service = &service;
    context.chart = service.clients().chart(id);
    context.assessment = service.assess(context.chart);
    context.today = service.today();
    for (const CareTeamMember& member : context.chart.careTeam)
        addProvider(context, member.providerId);
    for (const Diagnosis& diagnosis : context.chart.diagnoses)
        addProvider(context, diagnosis.providerId);
    for (const Clearance& clearance : context.chart.clearances)
        addProvider(context, clearance.providerId);
    for (const Consent& consent : context.chart.consents)
        addProvider(context, consent.providerId);
    return context;
}

} // namespace knotwork::clients::ui
