-- The institution a person of the register belongs to (the token's institution claim when they were first seen),
-- so that a node hosting several institutions lets a privacy officer name only their own institution's people.
-- Rows from before this column get it the next time their person calls the node.
ALTER TABLE pseudonym ADD COLUMN institution TEXT;
