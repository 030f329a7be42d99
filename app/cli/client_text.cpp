#include "app/cli/client_text.h"

#include "common/error.h"
#include "common/i18n.h"

namespace knotwork::cli {

using namespace knotwork::clients;

Rows chartRows(const ClientChart& chart, const SafetyAssessment& assessment, ProviderQueries& providers,
               const Date& today)
{
    const auto providerName = [&providers](const std::optional<ProviderId>& id, const std::string& typed) {
        if (!id)
            return typed;
        try {
            return providers.get(*id).name;
        } catch (const NotFoundError&) {
            return formatMessage(_("provider {} (no longer on file)"), *id);
        }
    };
    Rows rows;
    for (const ChartSection& section : describeChart(chart, assessment, providerName, today))
        rows.insert(rows.end(), section.rows.begin(), section.rows.end());
    return rows;
}

} // namespace knotwork::cli
