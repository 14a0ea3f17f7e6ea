#include "failurereason.h"
