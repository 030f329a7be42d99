#include "demo/demo_people.h"

#include <array>
#include <string_view>
#include <boost/date_time/gregorian/gregorian.hpp>
#include <fmt/format.h>

#include "common/text_folding.h"
#include "demo/demo_life.h"

namespace knotwork::demo {

using namespace knotwork::clients;

namespace {

struct GivenName {
    std::string_view name;
    std::string_view pronouns;
    std::string_view nickname = {};
};

constexpr std::string_view kFamilyNames[] = {
    "Martin", "Nguyễn", "Nowak", "Kowalski", "García", "Müller", "Dvořák", "Çelik", "Ólafsdóttir",
    "O'Brien", "Søndergaard", "Tanaka", "Okafor", "Papadopoulos", "Ivanova", "Smith", "Tremblay",
    "Gagnon", "Roy", "Côté", "Bouchard", "Wilson", "MacDonald", "Campbell", "Singh", "Patel",
    "Chen", "Wang", "Li", "Kim", "Park", "Haddad", "Khan", "Ahmed", "Rossi", "Bianchi", "Ferreira",
    "Silva", "Jansen", "De Vries", "Nielsen", "Andersson", "Lindqvist", "Virtanen", "Horváth",
    "Novák", "Wiśniewska", "Łukaszewicz", "Şahin", "Yılmaz", "Ngata", "Mensah", "Adeyemi",
    "Fernández", "López", "Moreau", "Lefèvre", "Brennan", "Ó Súilleabháin", "Trần", "Phạm",
    "Lê", "Hoàng", "Zhou", "Sato", "Suzuki", "Schmidt", "Weiß", "Jørgensen", "Kristiansen",
};

constexpr GivenName kGivenNames[] = {
    {"Zoë", "she/her"}, {"Łukasz", "he/him"}, {"An", "she/her"}, {"José", "he/him"},
    {"Søren", "he/him"}, {"Ana-María", "she/her", "Ana"}, {"Chloé", "she/her"}, {"Björn", "he/him"},
    {"Mei", "she/her"}, {"Omar", "he/him"}, {"Priya", "she/her"}, {"Siobhán", "she/her", "Shiv"},
    {"Małgorzata", "she/her", "Gosia"}, {"François", "he/him"}, {"Jürgen", "he/him"}, {"Ingrid", "she/her"},
    {"Kwame", "he/him"}, {"Amara", "she/her"}, {"Hiroshi", "he/him", "Hiro"}, {"Noor", "she/her"},
    {"Sam", "they/them"}, {"Alex", "they/them", "Lex"}, {"Emma", "she/her"}, {"Liam", "he/him"},
    {"Olivia", "she/her"}, {"Noah", "he/him"}, {"Charlotte", "she/her", "Lottie"}, {"William", "he/him", "Will"},
    {"Sofía", "she/her"}, {"Mateo", "he/him"}, {"Élodie", "she/her"}, {"Thảo", "she/her"},
    {"Minh", "he/him"}, {"Dương", "they/them"}, {"Agnieszka", "she/her", "Aga"}, {"Zbigniew", "he/him", "Zbyszek"},
    {"Aoife", "she/her"}, {"Seán", "he/him"}, {"Leilani", "she/her"}, {"Tāne", "he/him"},
    {"Fatima", "she/her"}, {"Yusuf", "he/him"}, {"Ayşe", "she/her"}, {"Emre", "he/him"},
    {"Grace", "she/her"}, {"Daniel", "he/him", "Dan"}, {"Hannah", "she/her"}, {"Jonas", "he/him"},
    {"Ines", "she/her"}, {"Rafael", "he/him"}, {"Robin", "they/them"}, {"Kai", "they/them"},
};

constexpr std::string_view kStreets[] = {
    "Harbour Street", "Rue Saint-Denis", "Queen Street West", "Maple Avenue", "Ulica Długa",
    "Bloor Street", "Chemin du Lac", "Cedar Crescent", "Spadina Avenue", "Lakeshore Boulevard",
};

constexpr std::string_view kCities[] = {
    "Toronto ON", "Montréal QC", "Ottawa ON", "Mississauga ON", "Hamilton ON", "Kingston ON",
};

// An emergency contact's relationship, to fit the contact's own pronouns.
constexpr std::string_view kHerRelationships[] = {"partner", "mother", "sister", "friend", "daughter", "wife"};
constexpr std::string_view kHisRelationships[] = {"partner", "father", "brother", "friend", "son", "husband"};
constexpr std::string_view kTheirRelationships[] = {"partner", "friend", "sibling", "parent", "child"};

std::string_view relationshipOf(DemoRandom& random, std::string_view pronouns)
{
    if (pronouns == "she/her")
        return random.pick(kHerRelationships);
    if (pronouns == "he/him")
        return random.pick(kHisRelationships);
    return random.pick(kTheirRelationships);
}

constexpr std::string_view kProviderFamilyNames[] = {
    "Okafor", "Lindqvist", "Haddad", "Nguyễn", "Kowalczyk", "Moreau", "Fitzgerald", "Tanaka",
    "Delacroix", "Mbeki", "Sørensen", "Álvarez", "Brennan", "Rosenberg", "Chaudhry", "Wójcik",
};

constexpr std::string_view kProviderGivenNames[] = {
    "Amara", "Henrik", "Leila", "Thu", "Piotr", "Camille", "Niamh", "Kenji", "Hélène", "Thabo",
    "Mette", "Lucía", "Declan", "Miriam", "Imran", "Zofia",
};

constexpr std::string_view kClinicWords[] = {"Harbourside", "Lakeview", "Bloor West", "Riverside",
                                             "Annex", "Beaches", "Junction", "Queen West"};

std::string phoneNumber(DemoRandom& random)
{
    // 555-0100 to 555-0199 is reserved for fiction in North America.
    return fmt::format("+1 416 555 01{:02}", random.below(100));
}

} // namespace

Client makeDemoClient(DemoRandom& random, const Date& referenceDay)
{
    Client client;
    const GivenName& given = random.pick(kGivenNames);
    client.familyName = random.pick(kFamilyNames);
    client.givenNames = given.name;
    client.pronouns = given.pronouns;
    if (!given.nickname.empty() && random.percent(60))
        client.preferredName = given.nickname;
    // Most clients are of working age; some are students, some retired.
    const int age = random.percent(75) ? random.between(24, 62) : random.between(21, 82);
    client.dateOfBirth = referenceDay - boost::gregorian::days(age * 365 + random.below(365));
    client.phone = phoneNumber(random);
    std::string localPart = foldForSearch(client.givenNames) + "." + foldForSearch(client.familyName);
    std::erase_if(localPart, [](char c) { return c == ' ' || c == '\''; });
    client.email = fmt::format("{}{}@example.com", localPart, random.below(100));
    client.address = fmt::format("{} {}\n{}", random.between(1, 980), random.pick(kStreets),
                                 random.pick(kCities));
    const GivenName& contact = random.pick(kGivenNames);
    client.emergencyContact.name = fmt::format("{} {}", contact.name, client.familyName);
    client.emergencyContact.relationship = relationshipOf(random, contact.pronouns);
    client.emergencyContact.phone = phoneNumber(random);
    const Occupation& occupation = occupationFor(random, ageOn(client, referenceDay).value_or(40));
    client.occupation = occupation.title;
    client.screenHoursPerDay = random.between(occupation.screenHoursLow, occupation.screenHoursHigh);
    return client;
}

Provider makeDemoProvider(DemoRandom& random, ProviderRole role)
{
    Provider provider;
    provider.role = role;
    const std::string person = fmt::format("{} {}", random.pick(kProviderGivenNames),
                                           random.pick(kProviderFamilyNames));
    const std::string_view place = random.pick(kClinicWords);
    switch (role) {
    case ProviderRole::PhysicalTherapist:
        provider.name = person + ", PT";
        provider.clinic = fmt::format("{} Physiotherapy", place);
        break;
    case ProviderRole::Chiropractor:
        provider.name = "Dr " + person + ", DC";
        provider.clinic = fmt::format("{} Chiropractic", place);
        break;
    case ProviderRole::Dentist:
        provider.name = "Dr " + person + ", DDS";
        provider.clinic = fmt::format("{} Dental", place);
        break;
    case ProviderRole::Neurologist:
        provider.name = "Dr " + person;
        provider.clinic = fmt::format("{} Headache Clinic", place);
        break;
    default:
        provider.name = "Dr " + person;
        provider.clinic = fmt::format("{} Family Health Team", place);
        break;
    }
    provider.phone = phoneNumber(random);
    provider.fax = phoneNumber(random);
    std::string mailbox = foldForSearch(person);
    std::erase(mailbox, ' ');
    provider.email = mailbox + "@example.org";
    provider.address = fmt::format("{} {}\n{}", random.between(1, 500), random.pick(kStreets),
                                   random.pick(kCities));
    return provider;
}

} // namespace knotwork::demo
