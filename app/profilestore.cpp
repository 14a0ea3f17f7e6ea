#include "profilestore.h"
