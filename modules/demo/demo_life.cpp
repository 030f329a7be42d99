#include "demo/demo_life.h"

#include <algorithm>
#include <array>


namespace knotwork::demo {

using clients::AcuteMedication;

namespace {

constexpr int kAnyAge = 200;

constexpr Occupation kOccupations[] = {
    {"Software developer", Life::Desk, 7, 11, 20, 69},     {"Accountant", Life::Desk, 6, 9, 22, 69},
    {"Graphic designer", Life::Desk, 6, 10, 20, 69},       {"Teacher", Life::OnTheirFeet, 2, 5, 22, 67},
    {"Nurse", Life::OnTheirFeet, 1, 3, 21, 67},            {"Dental hygienist", Life::OnTheirFeet, 1, 3, 20, 67},
    {"Call-centre agent", Life::Desk, 7, 9, 18, 67},       {"Student", Life::Student, 4, 9, 18, 30},
    {"Architect", Life::Desk, 5, 9, 24, 69},               {"Truck driver", Life::Driving, 0, 1, 21, 67},
    {"Hairdresser", Life::OnTheirFeet, 0, 2, 18, 67},      {"Lawyer", Life::Desk, 5, 9, 24, 69},
    {"Data analyst", Life::Desk, 7, 10, 21, 69},           {"Retired", Life::Retired, 1, 4, 60, kAnyAge},
    {"Musician", Life::Music, 1, 4, 18, 75},               {"Barista", Life::OnTheirFeet, 0, 1, 18, 45},
    {"Project manager", Life::Desk, 6, 9, 24, 69},         {"Translator", Life::Desk, 6, 10, 22, 75},
    {"Electrician", Life::OnTheirFeet, 0, 2, 18, 67},      {"Physiotherapy assistant", Life::OnTheirFeet, 1, 3, 20, 67},
    {"Courier", Life::Driving, 0, 2, 18, 65},
};

// Who can name an activity: an age range, and the lives it belongs to (none: any life).
struct Activity {
    std::string_view name;
    int youngest;
    int oldest;
    unsigned lives = 0;      // bits of lifeBit; 0: any life
    bool needsWork = false;  // not once retired nor while studying
};

constexpr unsigned lifeBit(Life life)
{
    return 1u << static_cast<unsigned>(life);
}

bool fits(const Activity& activity, int ageYears, Life life)
{
    if (ageYears < activity.youngest || ageYears > activity.oldest)
        return false;
    if (activity.needsWork && (life == Life::Retired || life == Life::Student))
        return false;
    return activity.lives == 0 || (activity.lives & lifeBit(life)) != 0;
}

constexpr Activity kActivities[] = {
    {"Reading for an hour", 18, kAnyAge},
    {"Sleeping through the night", 18, kAnyAge},
    {"Driving with shoulder checks", 18, 85},
    {"Swimming front crawl", 18, 75},
    {"Running 5 km", 18, 60},
    {"A yoga class", 18, 75},
    {"Gardening", 30, kAnyAge},
    {"Walking for half an hour", 50, kAnyAge},
    {"Reaching up to the top shelves", 45, kAnyAge},
    {"Lifting my toddler", 22, 45, 0, true},
    {"Playing with my kids", 26, 50, 0, true},
    {"Playing with my grandchildren", 58, kAnyAge},
    {"A round of golf", 45, kAnyAge},
    {"Working at the computer all day", 18, kAnyAge, lifeBit(Life::Desk)},
    {"Cycling to work", 18, 65, lifeBit(Life::Desk) | lifeBit(Life::OnTheirFeet)},
    {"A full shift on my feet", 18, kAnyAge, lifeBit(Life::OnTheirFeet)},
    {"Working with my arms overhead", 18, kAnyAge, lifeBit(Life::OnTheirFeet)},
    {"A full day of driving", 18, kAnyAge, lifeBit(Life::Driving)},
    {"Loading and unloading the truck", 18, kAnyAge, lifeBit(Life::Driving)},
    {"Practising my instrument for an hour", 18, kAnyAge, lifeBit(Life::Music)},
    {"A three-hour rehearsal", 18, kAnyAge, lifeBit(Life::Music)},
    {"Studying at the computer for three hours", 18, 35, lifeBit(Life::Student)},
    {"Sitting through a lecture", 18, 35, lifeBit(Life::Student)},
};

constexpr Activity kIntakeGoals[] = {
    {"Sleep through the night", 18, kAnyAge},
    {"Turn my head to check the blind spot without pain", 18, 85},
    {"Go back to running", 18, 60},
    {"Play with my kids after work", 26, 50, 0, true},
    {"Enjoy my mornings without a headache", 60, kAnyAge},
    {"Look after my grandchildren without a headache", 58, kAnyAge},
    {"Get through a work day without a headache", 18, kAnyAge, lifeBit(Life::Desk) | lifeBit(Life::OnTheirFeet) | lifeBit(Life::Driving)},
    {"Sit at the computer for two hours without neck pain", 18, kAnyAge, lifeBit(Life::Desk)},
    {"Finish a shift without a headache", 18, kAnyAge, lifeBit(Life::OnTheirFeet)},
    {"Drive a full route without neck pain", 18, kAnyAge, lifeBit(Life::Driving)},
    {"Practise for an hour without neck pain", 18, kAnyAge, lifeBit(Life::Music)},
    {"Study for exams without headaches", 18, 35, lifeBit(Life::Student)},
};

std::vector<std::string_view> fitting(std::span<const Activity> all, int ageYears, Life life)
{
    std::vector<std::string_view> names;
    for (const Activity& activity : all)
        if (fits(activity, ageYears, life))
            names.push_back(activity.name);
    return names;
}

struct Regimen {
    std::string_view intakeText;
    std::array<Medicine, 2> medicines;
    int count;
    bool migraine;  // taken for migraine (triptans), else for any headache
};

constexpr Regimen kRegimens[] = {
    {"Ibuprofen 400 mg as needed", {{{"ibuprofen 400 mg", AcuteMedication::SimplePainkiller}}}, 1, false},
    {"Acetaminophen 500 mg as needed", {{{"acetaminophen 500 mg", AcuteMedication::SimplePainkiller}}}, 1, false},
    {"Naproxen 220 mg as needed", {{{"naproxen 220 mg", AcuteMedication::SimplePainkiller}}}, 1, false},
    {"Ibuprofen 400 mg, or acetaminophen 500 mg when that does not help",
     {{{"ibuprofen 400 mg", AcuteMedication::SimplePainkiller}, {"acetaminophen 500 mg", AcuteMedication::SimplePainkiller}}},
     2, false},
    {"Acetaminophen with caffeine (Extra Strength) as needed",
     {{{"acetaminophen with caffeine", AcuteMedication::CombinationPainkiller}}}, 1, false},
    {"Sumatriptan 50 mg for migraine; ibuprofen 400 mg for other headaches",
     {{{"sumatriptan 50 mg", AcuteMedication::Triptan}, {"ibuprofen 400 mg", AcuteMedication::SimplePainkiller}}},
     2, true},
    {"Rizatriptan 10 mg for migraine", {{{"rizatriptan 10 mg", AcuteMedication::Triptan}}}, 1, true},
};

} // namespace

std::span<const Occupation> occupations()
{
    return kOccupations;
}

const Occupation* occupationTitled(std::string_view title)
{
    for (const Occupation& occupation : kOccupations)
        if (occupation.title == title)
            return &occupation;
    return nullptr;
}

const Occupation& occupationFor(DemoRandom& random, int ageYears)
{
    if (ageYears >= 70 || (ageYears >= 60 && random.percent(15 * (ageYears - 59))))
        return *occupationTitled("Retired");
    std::vector<const Occupation*> open;
    for (const Occupation& occupation : kOccupations)
        if (occupation.life != Life::Retired && ageYears >= occupation.youngest && ageYears <= occupation.oldest)
            open.push_back(&occupation);
    // Students are most of the youngest clients.
    if (ageYears < 23 && random.percent(60))
        return *occupationTitled("Student");
    return *open[static_cast<std::size_t>(random.below(static_cast<int>(open.size())))];
}

std::vector<std::string_view> psfsActivitiesFor(int ageYears, Life life)
{
    return fitting(kActivities, ageYears, life);
}

std::vector<std::string_view> intakeGoalsFor(int ageYears, Life life, bool takesPainkillers)
{
    std::vector<std::string_view> goals = fitting(kIntakeGoals, ageYears, life);
    if (takesPainkillers)
        goals.push_back("Fewer painkillers");
    return goals;
}

std::vector<std::string_view> onsetsFor(Life life)
{
    switch (life) {
    case Life::Desk:
        return {"Since starting a new desk job", "After a stressful year at work at the computer",
                "Since working from home at the kitchen table", "Gradually over the last two years"};
    case Life::OnTheirFeet:
        return {"After a stretch of double shifts", "Gradually over the last two years", "On and off since my teens"};
    case Life::Driving:
        return {"Since taking on longer routes", "Gradually over the last two years"};
    case Life::Music:
        return {"Since practising more for auditions", "After a heavy touring season", "On and off since my teens"};
    case Life::Student:
        return {"Since starting university", "Around exams last year", "On and off since my teens"};
    case Life::Retired:
        return {"Gradually over the last few years", "For many years; worse this past year",
                "Since a bout of poor sleep last winter"};
    }
    return {};
}

std::vector<std::string_view> visitGoalsFor(Life life)
{
    std::vector<std::string_view> goals{"Sleep through the night", "Turn my head when reversing the car",
                                        "Less pain at the base of the skull"};
    switch (life) {
    case Life::Desk: goals.push_back("Get through the work week without a headache"); break;
    case Life::OnTheirFeet: goals.push_back("Get through this week's shifts without a headache"); break;
    case Life::Driving: goals.push_back("Loosen up before a long drive tomorrow"); break;
    case Life::Music: goals.push_back("Ease my neck before a concert on Saturday"); break;
    case Life::Student: goals.push_back("Get through exam week without a headache"); break;
    case Life::Retired: goals.push_back("Enjoy a weekend with the family without a headache"); break;
    }
    return goals;
}

MedicationHistory drawMedication(DemoRandom& random, bool migraine)
{
    std::vector<const Regimen*> open;
    for (const Regimen& regimen : kRegimens)
        if (regimen.migraine == migraine || (migraine && random.percent(30)))
            open.push_back(&regimen);
    const Regimen& regimen = *open[static_cast<std::size_t>(random.below(static_cast<int>(open.size())))];
    MedicationHistory history;
    history.intakeText = regimen.intakeText;
    history.medicines.assign(regimen.medicines.begin(), regimen.medicines.begin() + regimen.count);
    for (const Medicine& medicine : history.medicines)
        history.kinds.insert(medicine.kind);
    return history;
}

std::vector<Medicine> medicinesOnIntake(std::string_view intakeText)
{
    for (const Regimen& regimen : kRegimens)
        if (regimen.intakeText == intakeText)
            return {regimen.medicines.begin(), regimen.medicines.begin() + regimen.count};
    return {};
}

} // namespace knotwork::demo
