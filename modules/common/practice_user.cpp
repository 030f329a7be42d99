#include "common/practice_user.h"

#include <nlohmann/json.hpp>

#include "common/choice_table.h"
#include "common/i18n.h"
#include "common/practice_user_json.h"
#include "common/validator.h"

namespace knotwork {

namespace {

constexpr Choice<PracticeUser::Role> kRoles[] = {
    {PracticeUser::Role::Therapist, "therapist", N_("Therapist")},
    {PracticeUser::Role::FrontDesk, "front_desk", N_("Front desk")},
};

} // namespace

KNOTWORK_CHOICES(PracticeUser::Role, kRoles)

void validatePracticeUser(const PracticeUser& user, Validator& validator)
{
    const std::string& login = user.login;
    const bool wellFormed = !login.empty() && login.size() <= 63 && login.front() >= 'a' && login.front() <= 'z'
        && login.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_.-") == std::string::npos;
    if (!wellFormed)
        validator.add("login", "login-name",
                      _("The login is 1 to 63 lower-case letters, digits, \"_\", \".\" or \"-\", beginning with a "
                        "letter (maya, j.smith)."));
    validator.required(user.displayName, "name", _("Name"));
    validator.singleLine(user.displayName, 200, "name", _("Name"));
    validator.singleLine(user.credentials, 100, "credentials", _("Credentials"));
    validator.singleLine(user.licenceNumber, 100, "licence", _("Licence number"));
}

void to_json(nlohmann::json& json, const PracticeUser& user)
{
    json = {{"login", user.login}, {"name", user.displayName}, {"role", keyOf(user.role)},
            {"credentials", user.credentials}, {"licence_number", user.licenceNumber},
            {"created_at", user.createdAt}, {"active", user.active}};
}

} // namespace knotwork
