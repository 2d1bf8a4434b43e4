# ctest: every message of the given .ts file is translated (no type="unfinished", no empty one).
file(READ "${TS_FILE}" content)
string(FIND "${content}" "type=\"unfinished\"" unfinished)
string(FIND "${content}" "<translation></translation>" empty)
string(FIND "${content}" "<translation />" emptyShort)
if(NOT unfinished EQUAL -1 OR NOT empty EQUAL -1 OR NOT emptyShort EQUAL -1)
    message(FATAL_ERROR "${TS_FILE} has untranslated messages")
endif()
