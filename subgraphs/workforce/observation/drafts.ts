/** Unpublished figures are for internal readers, the workforce editors and administrators. */
export const DRAFT_READERS = ["internal", "workforce:write", "admin"];
