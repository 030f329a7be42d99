# Builds the translation template and checks that each EXPECTED ('|'-separated) msgid is in it.
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target knotwork-pot
                RESULT_VARIABLE built)
if(NOT built EQUAL 0)
    message(FATAL_ERROR "building knotwork-pot failed")
endif()
file(READ ${POT} template)
string(REPLACE "|" ";" expected "${EXPECTED}")
foreach(message IN LISTS expected)
    string(FIND "${template}" "msgid \"${message}\"" found)
    if(found EQUAL -1)
        message(FATAL_ERROR "not marked for translation: ${message}")
    endif()
endforeach()
