#include "statusstyle.h"
