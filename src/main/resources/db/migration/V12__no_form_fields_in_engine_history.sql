-- The engine no longer keeps the fields of submitted forms in its history (privacy.NoFormFieldHistory): they held
-- the same texts as the variable updates beside them, out of reach of a person's erasure. Those kept before go too.
delete from act_hi_detail where type_ = 'FormProperty';
