#include "allgroups.h"
