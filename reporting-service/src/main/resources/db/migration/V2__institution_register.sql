-- The Swedish regions (län) by their official two-digit code, as HostOrganisation.region carries them.
CREATE TABLE region (
    code    TEXT PRIMARY KEY,
    name_sv TEXT NOT NULL,
    name_en TEXT NOT NULL
);
INSERT INTO region (code, name_sv, name_en) VALUES
    ('01', 'Stockholms län', 'Stockholm County'),
    ('03', 'Uppsala län', 'Uppsala County'),
    ('04', 'Södermanlands län', 'Södermanland County'),
    ('05', 'Östergötlands län', 'Östergötland County'),
    ('06', 'Jönköpings län', 'Jönköping County'),
    ('07', 'Kronobergs län', 'Kronoberg County'),
    ('08', 'Kalmar län', 'Kalmar County'),
    ('09', 'Gotlands län', 'Gotland County'),
    ('10', 'Blekinge län', 'Blekinge County'),
    ('12', 'Skåne län', 'Skåne County'),
    ('13', 'Hallands län', 'Halland County'),
    ('14', 'Västra Götalands län', 'Västra Götaland County'),
    ('17', 'Värmlands län', 'Värmland County'),
    ('18', 'Örebro län', 'Örebro County'),
    ('19', 'Västmanlands län', 'Västmanland County'),
    ('20', 'Dalarnas län', 'Dalarna County'),
    ('21', 'Gävleborgs län', 'Gävleborg County'),
    ('22', 'Västernorrlands län', 'Västernorrland County'),
    ('23', 'Jämtlands län', 'Jämtland County'),
    ('24', 'Västerbottens län', 'Västerbotten County'),
    ('25', 'Norrbottens län', 'Norrbotten County');

-- The KLOSS-Net member institutions. Seeded here; further members come from configuration
-- (kloss.reporting.register.members.<id>.*), which the service writes into this table at start-up.
CREATE TABLE institution (
    id          TEXT PRIMARY KEY CHECK (id ~ '^[a-z][a-z0-9]{1,15}$'),
    name_sv     TEXT NOT NULL,
    name_en     TEXT NOT NULL,
    region_code TEXT REFERENCES region (code),
    origin      TEXT NOT NULL CHECK (origin IN ('seed', 'configuration'))
);
INSERT INTO institution (id, name_sv, name_en, region_code, origin) VALUES
    ('kth', 'Kungliga Tekniska högskolan', 'KTH Royal Institute of Technology', '01', 'seed'),
    ('mau', 'Malmö universitet', 'Malmö University', '12', 'seed'),
    ('lu', 'Lunds universitet', 'Lund University', '12', 'seed'),
    ('sh', 'Södertörns högskola', 'Södertörn University', '01', 'seed'),
    ('uu', 'Uppsala universitet', 'Uppsala University', '03', 'seed'),
    ('gu', 'Göteborgs universitet', 'University of Gothenburg', '14', 'seed'),
    ('su', 'Stockholms universitet', 'Stockholm University', '01', 'seed'),
    ('liu', 'Linköpings universitet', 'Linköping University', '05', 'seed'),
    ('umu', 'Umeå universitet', 'Umeå University', '24', 'seed'),
    ('ltu', 'Luleå tekniska universitet', 'Luleå University of Technology', '25', 'seed'),
    ('kau', 'Karlstads universitet', 'Karlstad University', '17', 'seed'),
    ('oru', 'Örebro universitet', 'Örebro University', '18', 'seed'),
    ('miun', 'Mittuniversitetet', 'Mid Sweden University', '22', 'seed'),
    ('hig', 'Högskolan i Gävle', 'University of Gävle', '21', 'seed'),
    ('hb', 'Högskolan i Borås', 'University of Borås', '14', 'seed'),
    ('hj', 'Jönköping University', 'Jönköping University', '06', 'seed'),
    ('hkr', 'Högskolan Kristianstad', 'Kristianstad University', '12', 'seed'),
    ('hv', 'Högskolan Väst', 'University West', '14', 'seed'),
    ('mdu', 'Mälardalens universitet', 'Mälardalen University', '19', 'seed'),
    ('lnu', 'Linnéuniversitetet', 'Linnaeus University', '07', 'seed'),
    ('bth', 'Blekinge tekniska högskola', 'Blekinge Institute of Technology', '10', 'seed'),
    ('du', 'Högskolan Dalarna', 'Dalarna University', '20', 'seed'),
    ('his', 'Högskolan i Skövde', 'University of Skövde', '14', 'seed'),
    ('hh', 'Högskolan i Halmstad', 'Halmstad University', '13', 'seed'),
    ('chalmers', 'Chalmers tekniska högskola', 'Chalmers University of Technology', '14', 'seed'),
    ('ki', 'Karolinska institutet', 'Karolinska Institutet', '01', 'seed'),
    ('slu', 'Sveriges lantbruksuniversitet', 'Swedish University of Agricultural Sciences', '03', 'seed'),
    ('kmh', 'Kungl. Musikhögskolan', 'Royal College of Music in Stockholm', '01', 'seed'),
    ('kf', 'Konstfack', 'Konstfack University of Arts, Crafts and Design', '01', 'seed'),
    ('kkh', 'Kungl. Konsthögskolan', 'Royal Institute of Art', '01', 'seed'),
    ('shh', 'Sophiahemmet Högskola', 'Sophiahemmet University', '01', 'seed'),
    ('gih', 'Gymnastik- och idrottshögskolan', 'Swedish School of Sport and Health Sciences', '01', 'seed'),
    ('uniarts', 'Stockholms konstnärliga högskola', 'Stockholm University of the Arts', '01', 'seed'),
    ('mchs', 'Marie Cederschiöld högskola', 'Marie Cederschiöld University', '01', 'seed'),
    ('fhs', 'Försvarshögskolan', 'Swedish Defence University', '01', 'seed');
