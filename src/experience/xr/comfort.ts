/** Eye height of a seated older adult, in metres: the 2D camera and seated XR sit here. */
export const SEATED_EYE_HEIGHT = 1.15;
