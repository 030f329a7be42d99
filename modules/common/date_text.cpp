#include "common/date_text.h"

namespace knotwork {

std::string dateText(const Date& date, DateFormatter format)
{
    return format ? format(date) : isoDate(date);
}

} // namespace knotwork
