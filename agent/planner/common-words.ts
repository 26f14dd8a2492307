/**
 * Words that are never a channel mention, even when a misspelling tolerance would map them to one
 * ("ratio" is one letter from "radio", "total" means every channel to the resolver).
 */
export const COMMON_WORDS = new Set(
  `a about above across after again against all allocate allocation also am among amount an and any
  are around as ask at away back bad based be because been before being believe below best better
  between big biggest both budget budgets but by can cannot cap change channel channels compare
  compared contribution contributions cost costs could current currently cut data did do does doing
  done down drive drives driving drop during each effect effects else entire even every everything
  explain extra few for from full get give go goes going good got grow growth had half has have help
  her here high higher his how i if in increase instead into is it its itself just keep kill know
  last least less let like little lose lot low lower make many margin marginal max maximise maximize
  me media mean means method methodology min mix model month months more most move much must my need
  new next no none not now of off on one only or other our out over overall paid part pause per
  percent period plan please point points put quarter quarters rank ranking rate ratio reach really
  reduce reference refit response result results return returns revenue roas roi run sale sales same
  say scale scenario see seed set share shift should show so some special spend spending split
  stay still stop such take tell than that the their them then there these they thing things this
  those through to too top total touch turn under up us use value vs was way we week weeks well were
  what when where which while who why will with within without work working worth would year years
  yes you your zero cut cuts cutting halve double triple add adding boost raise lift slash trim
  reallocate reassign transfer redirect divert shift shifting moving moved swap put putting pull
  happen happens happened what-if whatif if outcome impact impacts kpi target goal profit profits
  optimal optimise optimize optimized optimised optimum ideal recommend recommendation distribute
  spread assign dollar dollars money euro euros buck bucks cash invest investment investing spent
  saturated saturation diminishing curve curves adstock carryover decay accuracy accurate trust
  reliable fit fitted fitting retrain rerun again q1 q2 q3 q4 h1 h2 ytd january february march april
  may june july august september october november december jan feb mar apr jun jul aug sep sept oct
  nov dec since until ago past previous recent recently first second third fourth today yesterday
  weekly monthly daily annual annually time times period periods horizon instead rather also alone
  leave leaving lock locked fixed constant unchanged flat floor ceiling limit minimum maximum
  exactly roughly approximately around about nothing something anything everything whole rest
  remaining other others another each either neither both many much more most very quite
 using used uses usage thinking think thought considering consider wondering wonder wanted want wants
  would should could might impact impacts affect affects effect happen going gonna wanna kinda sort
  able about actually ad ads already always among answer anyone anything appear approach area
  average based basically because become begin behind below beside better beyond bring brings
  business campaign campaigns care case cases certain chance check choose clear close come comes
  company compare consider cover create customer customers date day days deal decide decision
  difference different does done early easy end enough estimate estimates even ever example fact
  far feel figure final find fine focus follow following form found free front full future gain
  general given gives giving goal goals great group groups guess hand hard head hear hold hope idea
  important include including info information instead interest keep kind known large later lead
  learn level line list long look looking looks lost made main maybe meaning means measure mind
  minus miss mixed money name near nearly need needs never nice note number numbers often okay once
  open order others overall own page part people perhaps pick place play plus point possible
  power present pretty price probably problem process product products program provide pull quick
  quickly quite range rather read ready real reason report reports request right rise risk road
  role room round sample samples save saw says second seem seems seen send sense series serve several short side
  simple since single size small sort sound source speak stand start state step story strong
  study stuff sure system table talk team term test than thanks thank thing think though three
  today together told took toward true trying turn type under understand unit until upon value
  various version view want watch week weekly whether whole why win wish word words world worse
  worst write year yet young poem joke weather football game games news song story stories recipe
  capped capping caps cap tapped tapping limited limit limits keeping keeps held holding lose losing lost
  pausing killing cutting dropping doubling tripling halving moving shifting adding boosting
  raising reducing increasing decreasing slashing trimming spending investing allocating splitting excluding exclude except without including include
  switch switched switching shut shutting stopped stopping topped topping negative negatively cancel cancelled cancelling canceled
  remove removed removing scrap scrapped scrapping ditch ditched axe axed eliminate eliminated
  stock stocks shares share crypto bitcoin buy sell offsite offsites onsite onsites respond
  responding reply replying answering act acting pretend pretending behave unfiltered plot plots
  plotting chart charts charting graph graphs draw drawing creative creatives marketing
  reestimate reestimated reestimating refitted refitting retrained recalibrate recalibrated rerun
  calibrate calibrated calibrating calibration`.split(/\s+/),
);
