#ifndef OPTIMIND_CCOLORPROFILES_H
#define OPTIMIND_CCOLORPROFILES_H

/// Makes this process decline to open ICC colour profiles (LittleCMS `cmsOpenProfileFromMem`
/// returns NULL), or go back to opening them. Only extraction workers turn it on.
void optimind_decline_color_profiles(int decline);

/// How many profiles this process has declined so far.
long optimind_declined_color_profiles(void);

#endif
