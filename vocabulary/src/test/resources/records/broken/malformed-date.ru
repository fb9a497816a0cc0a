# focus: https://sample-city.example/experiments/solar
# path: http://schema.org/startDate
# rule: or
# message-fr: La date de début est une seule date valide : AAAA-MM-JJ, AAAA-MM ou AAAA.
PREFIX cx: <https://w3id.org/cailloux/ns#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX schema: <http://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX adms: <http://www.w3.org/ns/adms#>
PREFIX igeo: <http://rdf.insee.fr/def/geo#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
DELETE WHERE { ?e schema:startDate ?d } ;
INSERT DATA { <https://sample-city.example/experiments/solar> schema:startDate "2019-13-45"^^xsd:date }
