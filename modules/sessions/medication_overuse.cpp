#include "sessions/medication_overuse.h"

#include <algorithm>
#include <cmath>

#include "common/calendar_date.h"
#include "common/i18n.h"

namespace knotwork::sessions {

namespace {

constexpr int kSimplePainkillerDays = 15;
constexpr int kOtherMedicationDays = 10;

bool followsMonth(const Date& earlier, const Date& later)
{
    return earlier + boost::gregorian::months(1) == later;
}

std::string yearMonth(const Date& month)
{
    return isoDate(month).substr(0, 7);
}

} // namespace

int overuseThreshold(const std::set<clients::AcuteMedication>& kinds)
{
    const bool simpleOnly = !kinds.empty()
        && std::all_of(kinds.begin(), kinds.end(),
                       [](clients::AcuteMedication kind) { return kind == clients::AcuteMedication::SimplePainkiller; });
    return simpleOnly ? kSimplePainkillerDays : kOtherMedicationDays;
}

std::optional<MedicationOveruse> medicationOveruse(const std::vector<DiaryMonth>& months,
                                                   const std::set<clients::AcuteMedication>& kinds)
{
    if (months.size() < static_cast<std::size_t>(kOveruseMonths))
        return std::nullopt;
    MedicationOveruse overuse;
    overuse.threshold = overuseThreshold(kinds);
    overuse.months.assign(months.end() - kOveruseMonths, months.end());
    for (std::size_t i = 0; i < overuse.months.size(); ++i) {
        const DiaryMonth& month = overuse.months[i];
        if (!month.medicationDaysPerMonth || std::lround(*month.medicationDaysPerMonth) < overuse.threshold)
            return std::nullopt;
        if (i > 0 && !followsMonth(overuse.months[i - 1].month, month.month))
            return std::nullopt;
    }
    return overuse;
}

std::string overuseAdvice(const MedicationOveruse& overuse)
{
    std::string days;
    for (std::size_t i = 0; i < overuse.months.size(); ++i) {
        const std::string count = std::to_string(std::lround(*overuse.months[i].medicationDaysPerMonth));
        days += i == 0 ? count : (i + 1 == overuse.months.size() ? formatMessage(_(" and {}"), count) : ", " + count);
    }
    return formatMessage(_("Medication on {} days a month ({} to {}; {} or more for this kind of medication): possible "
                           "medication-overuse headache (ICHD-3 8.2). Suggest the client speak to their prescriber."),
                         days, yearMonth(overuse.months.front().month), yearMonth(overuse.months.back().month),
                         overuse.threshold);
}

} // namespace knotwork::sessions
