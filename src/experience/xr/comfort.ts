/** Eye height of a seated older adult, in metres: the 2D camera and seated XR sit here. */
export const SEATED_EYE_HEIGHT = 1.15;

/**
 * Where the resident's eyes are in the scene once placed (seated: SEATED_EYE_HEIGHT; standing:
 * their real height). Written by the XR origin when it places the resident, read every frame by
 * the in-scene UI so menus and captions sit at a comfortable height either way.
 */
export const viewpoint = { eyeY: SEATED_EYE_HEIGHT };
