// Names for the matching benchmark. Each entry is a phonemic spelling from which the Devanagari, Gujarati and
// Bengali forms are generated, optionally followed by "|" and the usual Latin spellings ("/"-separated).
// Phonemes: long vowels aa ii uu; retroflex T Th D Dh N; ष Sh; anusvara M; ' marks an inherent vowel that is
// written in Indian scripts but not pronounced (so not written in Latin), as in सपना "sap'naa" = Sapna.
// Lists are roughly in order of frequency (the generator draws earlier entries more often).

export const boys = {
  common: [
    'raajesh|Rajesh', 'suresh|Suresh', 'ramesh|Ramesh', 'mahesh|Mahesh', 'dinesh|Dinesh', 'mukesh|Mukesh', 'raakesh|Rakesh',
    'umesh|Umesh', 'ganesh|Ganesh', 'naresh|Naresh', 'saMjay|Sanjay', 'vijay|Vijay/Bijay', 'ajay|Ajay', 'amit|Amit', 'sumit|Sumit',
    'rohit|Rohit', 'mohit|Mohit', 'raahul|Rahul', 'vikaas|Vikas/Vikash/Bikash', 'aakaash|Akash/Aakash', 'diipak|Deepak/Dipak',
    'anil|Anil', 'sunil|Sunil', 'manoj|Manoj', 'saMtosh|Santosh', 'sachin|Sachin', 'ravi|Ravi/Rabi', 'raajuu|Raju', 'shyaam|Shyam',
    'raam|Ram', 'mohan|Mohan', 'sohan|Sohan', 'gopaal|Gopal', 'arjun|Arjun', 'karaN|Karan', 'aaryan|Aryan', 'vishaal|Vishal/Bishal',
    'vivek|Vivek/Bibek', 'prakaash|Prakash', 'praviiN|Praveen/Pravin', 'pradiip|Pradeep/Pradip', 'saMdiip|Sandeep/Sandip',
    'maniiSh|Manish', 'aashiiSh|Ashish/Asish', 'abhiShek|Abhishek/Avishek', 'aMkit|Ankit', 'nitin|Nitin', 'pavan|Pawan/Pavan',
    'sonuu|Sonu', 'aman|Aman', 'raaj|Raj', 'ritik|Ritik/Hritik', 'aaditya|Aditya', 'anuj|Anuj', 'gaurav|Gaurav/Gourav',
    'shivam|Shivam', 'satyam|Satyam', 'kuNaal|Kunal', 'lalit|Lalit', 'bharat|Bharat', 'dharmeMdra|Dharmendra',
    'jiteMdra|Jitendra', "raaj'kumaar|Rajkumar", 'pappuu|Pappu', 'guDDuu|Guddu', 'vinod|Vinod/Binod',
    'abhay|Abhay', 'akhilesh|Akhilesh', 'alok|Alok', 'amar|Amar', 'aMkur|Ankur', 'aanaMd|Anand', 'anuraag|Anurag', "ar'viMd|Arvind",
    'ashok|Ashok', 'avinaash|Avinash', "bal'raam|Balram", 'bholaa|Bhola', 'bhuupeMdra|Bhupendra', 'brijesh|Brijesh', 'chaMdan|Chandan',
    'deveMdra|Devendra', 'dhiiraj|Dheeraj/Dhiraj', 'diliip|Dilip', 'giriish|Girish', 'goviMd|Govind/Gobind', 'hari|Hari', 'hariish|Harish',
    'hemaMt|Hemant', 'himaaMshu|Himanshu', 'iishvar|Ishwar', "jag'diish|Jagdish", 'jiivan|Jeevan/Jiban', 'kamal|Kamal', 'kailaash|Kailash',
    "kam'lesh|Kamlesh", 'kishor|Kishore/Kishor', 'kRIShNa|Krishna', 'lakShmaN|Laxman/Lakshman', 'madan|Madan', 'mahaaviir|Mahavir',
    'manohar|Manohar', 'mithilesh|Mithilesh', 'naviin|Naveen/Navin', 'nikhil|Nikhil', 'niiraj|Neeraj/Niraj', 'paMkaj|Pankaj', 'piMTuu|Pintu',
    'prabhaat|Prabhat', 'pramod|Pramod', 'prashaaMt|Prashant', 'raghu|Raghu', 'raMjiit|Ranjit', 'riShi|Rishi', 'ruupesh|Rupesh',
    'saagar|Sagar', 'samiir|Sameer/Samir', 'saMjiiv|Sanjeev/Sanjiv', 'satiish|Satish', 'shaMkar|Shankar', 'shekhar|Shekhar',
    'shubham|Shubham', 'siddhaarth|Siddharth', 'subhaaSh|Subhash', 'sudhiir|Sudhir', 'sujiit|Sujit', 'suMdar|Sundar', 'sushiil|Sushil',
    'tarun|Tarun', 'tuShaar|Tushar', 'uday|Uday', 'vaibhav|Vaibhav', 'varuN|Varun', 'vikram|Vikram/Bikram', 'vimal|Vimal/Bimal',
    'vinay|Vinay/Binay', 'vipin|Vipin', 'viShNu|Vishnu/Bishnu', 'yogesh|Yogesh', 'maMTuu|Mantu', 'bablu|Bablu',
  ],
  GJ: [
    'haardik|Hardik', 'jignesh|Jignesh', 'bhaavesh|Bhavesh', 'alpesh|Alpesh', 'kalpesh|Kalpesh', 'paresh|Paresh', 'niilesh|Nilesh',
    'hitesh|Hitesh', 'chiraag|Chirag', 'bhaavik|Bhavik', 'ketan|Ketan', 'mehul|Mehul', 'jayesh|Jayesh', 'hiren|Hiren', 'dhruv|Dhruv',
    'yash|Yash', 'paarth|Parth', 'darshan|Darshan', 'kishan|Kishan', 'vipul|Vipul', 'harSh|Harsh', 'mayuur|Mayur',
    'jaydiip|Jaydeep/Jaydip', 'mitesh|Mitesh', 'bhargav|Bhargav', 'naiMtik|Naitik', 'dev|Dev', 'kaushik|Kaushik',
    'bhaaviin|Bhavin', 'chetan|Chetan', 'dharmesh|Dharmesh', 'dhaval|Dhaval', 'divyesh|Divyesh', 'gauraaMg|Gaurang', 'hasmukh|Hasmukh',
    'jatin|Jatin', 'jaymin|Jaymin', 'kiriiT|Kirit', 'maheMdra|Mahendra', 'manan|Manan', 'mukuMd|Mukund', 'nayan|Nayan', 'nikuMj|Nikunj',
    'paraag|Parag', 'pratiik|Pratik/Prateek', 'ronak|Ronak', 'saMket|Sanket', 'shailesh|Shailesh', 'tejas|Tejas', 'urviish|Urvish',
    'viraaj|Viraj', 'bhupat|Bhupat', 'ghanshyaam|Ghanshyam', 'rutvik|Rutvik', 'het|Het', 'krunaal|Krunal',
  ],
  WB: [
    'shauvik|Souvik/Shouvik', 'saurabh|Sourav/Saurav/Sourabh', 'debaashiiSh|Debashish/Debasis', 'shubhajit|Subhajit/Shubhajit/Subhojit',
    'abhijit|Abhijit/Avijit', 'arijit|Arijit', 'suman|Suman', 'tanmay|Tanmay/Tanmoy', 'somnaath|Somnath', 'vishvajit|Biswajit/Biswajeet',
    'paartha|Partha', 'arNab|Arnab', 'priitam|Pritam', 'raajiiv|Rajib/Rajeev', 'sujay|Sujoy/Sujay', 'ratan|Ratan', 'tapas|Tapas',
    'gautam|Goutam/Gautam', 'aniruddha|Aniruddha', 'saayan|Sayan', 'ayan|Ayan', 'rohan|Rohan', 'jay|Joy/Jay',
    'shubhaMkar|Subhankar/Shubhankar', 'sudiip|Sudip/Sudeep', 'praNay|Pranoy/Pranay', 'bappaa|Bappa', 'indraniil|Indranil',
    'anirvaaN|Anirban', 'apuurva|Apurba', 'aruup|Arup', 'asiim|Asim/Ashim', 'buddhadev|Buddhadeb', 'devavrata|Debabrata',
    'diipaMkar|Dipankar', 'iMdrajit|Indrajit', 'maanas|Manas', 'mRINaal|Mrinal', 'nirmal|Nirmal', 'pallav|Pallab', 'prasenajit|Prasenjit/Prosenjit',
    'saMdiipan|Sandipan', 'shaaMtanu|Santanu/Shantanu', 'saumen|Soumen', 'saumya|Soumya', 'suvrata|Subrata', 'sudiipta|Sudipta',
    'sukaaMta|Sukanta', 'taarak|Tarak', 'uttam|Uttam', 'shyaamal|Shyamal', 'biplav|Biplab', 'raaju|Raju', 'dipu|Dipu', 'kartik|Kartik',
  ],
  JHtribal: [
    'birsaa|Birsa', 'somraa|Somra', 'budhuu|Budhu', 'maMgal|Mangal', 'shukra|Sukra', 'budhraam|Budhram', 'etvaa|Etwa', 'somaa|Soma',
    'guruu|Guru', 'jiituu|Jitu', 'baMdhan|Bandhan', 'sanicharaa|Sanichara', 'lakhan|Lakhan', 'suuraj|Suraj', 'sukhraam|Sukhram',
    'bhiim|Bhim', 'biiruu|Biru', 'chaMdu|Chandu', 'dukhuu|Dukhu', 'jagannaath|Jagannath', 'shibuu|Shibu', 'sohraay|Sohrai', 'raatuu|Ratu',
    'baMdhu|Bandhu', 'sahdev|Sahdeo', 'mahaadev|Mahadeo', 'turaam|Turam',
  ],
  muslim: [
    'imraan|Imran', 'salmaan|Salman', 'aamir|Aamir/Amir', 'aarif|Arif', 'rahiim|Rahim', 'kariim|Karim', 'aasif|Asif', 'saahil|Sahil',
    'faizaan|Faizan', 'jaaved|Javed/Jawed', 'rizvaan|Rizwan', 'sohail|Sohail/Sohel', 'irfaan|Irfan', 'shaahid|Shahid',
    'naushaad|Naushad', 'rafiik|Rafiq/Rafik', 'arbaaz|Arbaz', 'ayaan|Ayaan',
    'aftaab|Aftab', 'akram|Akram', 'anvar|Anwar', 'aslam|Aslam', 'daanish|Danish', 'ehsaan|Ehsan', 'farhaan|Farhan', 'haamid|Hamid',
    'hasan|Hasan', 'husain|Hussain/Husain', 'ikbaal|Iqbal', 'ismaaiil|Ismail', 'junaid|Junaid', 'kaasim|Kasim/Qasim', 'mustafaa|Mustafa',
    'nadiim|Nadeem/Nadim', 'saddaam|Saddam', 'saajid|Sajid', 'shakiil|Shakil/Shakeel', 'tabrez|Tabrez', 'vasiim|Wasim', 'yuusuf|Yusuf',
  ],
};

export const girls = {
  common: [
    'suniitaa|Sunita/Suneeta', 'aniitaa|Anita', 'sariitaa|Sarita', 'kavitaa|Kavita', 'savitaa|Savita', 'priyaa|Priya',
    'priyaMkaa|Priyanka', 'puujaa|Pooja/Puja', 'nehaa|Neha', 'rekhaa|Rekha', 'riitaa|Rita/Reeta', 'giitaa|Geeta/Gita', 'siitaa|Sita/Seeta',
    'lakShmii|Lakshmi/Laxmi', 'sarasvatii|Saraswati', 'paarvatii|Parvati', 'raadhaa|Radha', 'kiraN|Kiran', 'jyoti|Jyoti',
    "mam'taa|Mamta/Mamata", "sap'naa|Sapna", 'aMjalii|Anjali', 'kaajal|Kajal', 'paayal|Payal', 'sonam|Sonam', 'nishaa|Nisha',
    'aartii|Aarti/Arti', 'diipikaa|Deepika/Dipika', 'maniiShaa|Manisha', 'uShaa|Usha', 'aashaa|Asha', 'kalpanaa|Kalpana',
    'shobhaa|Shobha', 'miinaa|Meena/Mina', 'riMkii|Rinki', 'piMkii|Pinki/Pinky', 'raanii|Rani', 'khushii|Khushi', 'muskaan|Muskan',
    'saakShii|Sakshi', 'simran|Simran', 'shivaanii|Shivani', 'suman|Suman', 'puunam|Poonam/Punam', 'sangiitaa|Sangeeta/Sangita',
    "al'kaa|Alka", 'amRItaa|Amrita', 'anaamikaa|Anamika', 'aMjuu|Anju', 'aMkitaa|Ankita', "apar'Naa|Aparna", "ar'chanaa|Archana",
    'babiitaa|Babita', "vaM'danaa|Vandana/Bandana", "bhaar'tii|Bharti", 'biMdu|Bindu', 'chaMdaa|Chanda', 'chaaMdnii|Chandni', 'chaMpaa|Champa',
    'diipaa|Deepa', 'divyaa|Divya', 'durgaa|Durga', 'gaayatrii|Gayatri', 'hemaa|Hema', 'iMdu|Indu', 'jayaa|Jaya', 'kamalaa|Kamala',
    'kaMchan|Kanchan', "karish'maa|Karishma", 'komal|Komal', 'kusum|Kusum', 'lalitaa|Lalita', 'lataa|Lata', 'madhu|Madhu', 'maalaa|Mala',
    "maal'tii|Malti", 'maMjuu|Manju', 'maayaa|Maya', 'miiraa|Meera/Mira', 'monaa|Mona', 'monikaa|Monika', 'naMdinii|Nandini',
    'niilam|Neelam/Nilam', 'nidhi|Nidhi', "nir'malaa|Nirmala", 'niituu|Neetu/Nitu', 'pallavii|Pallavi', 'prabhaa|Prabha',
    'pratibhaa|Pratibha', 'priiti|Preeti/Priti', "rach'naa|Rachna", "raj'nii|Rajni", 'rashmi|Rashmi', 'reNu|Renu', 'RItu|Ritu',
    "rosh'nii|Roshni", "saadh'naa|Sadhna", "sar'laa|Sarla", 'shaalinii|Shalini', 'shaaMti|Shanti', 'sharmiilaa|Sharmila',
    'shiilaa|Sheela/Shila', 'shilpaa|Shilpa', 'shvetaa|Shweta', 'siimaa|Seema/Sima', 'smitaa|Smita', 'snehaa|Sneha',
    'soniyaa|Sonia/Soniya', 'sudhaa|Sudha', 'sujaataa|Sujata', 'svaati|Swati', 'tRIpti|Tripti/Trupti', 'umaa|Uma', 'varShaa|Varsha',
    'vidyaa|Vidya', 'viniitaa|Vineeta/Vinita',
  ],
  GJ: [
    'hetal|Hetal', 'niraalii|Nirali', "bhaav'naa|Bhavna/Bhavana", 'kiMjal|Kinjal', 'dhaaraa|Dhara', 'ruupal|Rupal', 'kRIpaa|Krupa/Kripa',
    'dakShaa|Daksha', 'jaahnavii|Jahnavi/Janvi', 'hiiral|Hiral/Heeral', 'paarul|Parul', 'urvashii|Urvashi', 'dhartii|Dharti',
    'maansii|Mansi', 'nikitaa|Nikita', 'riddhi|Riddhi', 'siddhi|Siddhi', 'taaraa|Tara', 'jaagRItii|Jagruti', 'hemaalii|Hemali',
    'bhuumi|Bhumi', 'bijal|Bijal', "ek'taa|Ekta", 'phoram|Foram', 'haMsaa|Hansa', 'jalpaa|Jalpa', "jig'naa|Jigna", 'jinal|Jinal',
    'khyaati|Khyati', 'kokilaa|Kokila', 'mittal|Mittal', 'mayuurii|Mayuri', "nay'naa|Nayna/Nayana", 'nehal|Nehal', 'pinal|Pinal',
    'shiital|Shital/Sheetal', 'sejal|Sejal', 'sonal|Sonal', 'tejal|Tejal', 'vaishaalii|Vaishali', 'vidhi|Vidhi', 'jhalak|Zalak/Jhalak',
    'dhvani|Dhwani', 'kriShaa|Krisha', 'ruchaa|Rucha',
  ],
  WB: [
    'maumitaa|Moumita', 'tanushrii|Tanushree/Tanusri', 'suShmitaa|Sushmita/Susmita', 'riyaa|Riya/Ria', 'paayel|Payel',
    'piyaalii|Piyali', 'mausumii|Mousumi/Moushumi', 'shreyaa|Sreya/Shreya', 'shraavaNii|Srabani/Sraboni', 'ruupaa|Rupa',
    'tumpaa|Tumpa', 'mitaalii|Mitali', 'ananyaa|Ananya', 'sonaalii|Sonali', 'paulamii|Poulami', 'aMtaraa|Antara', 'jhumaa|Jhuma',
    'shampaa|Sampa/Shampa', 'debjaanii|Debjani', 'moumaa|Mouma',
    'arpitaa|Arpita', 'atasii|Atasi', 'vipaashaa|Bipasha', 'chaMdanaa|Chandana', 'jayashrii|Jayashree/Joyshree', 'kaakalii|Kakali',
    'keyaa|Keya', 'madhumitaa|Madhumita', 'maMpi|Mampi', 'naMditaa|Nandita', 'papiyaa|Papiya', 'raakhii|Rakhi', 'riimaa|Rima',
    'riinaa|Rina', 'ruMpaa|Rumpa', 'saMchitaa|Sanchita', 'saathii|Sathi', 'shraavaMtii|Srabanti', 'somaa|Soma', 'suchitraa|Suchitra',
    "svap'naa|Swapna", 'taaniyaa|Tania', 'tulii|Tuli', 'mitaa|Mita', 'puja|Puja',
  ],
  JHtribal: [
    'phuulmaNii|Phulmani/Fulmani', 'salomii|Salomi', 'sushiilaa|Sushila', 'jaanakii|Janaki/Janki', 'maMgrii|Mangri',
    'somvaarii|Somwari', 'budhnii|Budhni', 'sukhmanii|Sukhmani', 'lakhii|Lakhi', 'paanmaNii|Panmani', 'sushmaa|Sushma',
    'sukurmaNii|Sukurmani', 'phuulo|Phulo', 'sumitraa|Sumitra', 'sonaamaNii|Sonamani', 'chaaMdo|Chando', 'basaMtii|Basanti',
    'lilii|Lili', 'dulaarii|Dulari', 'jaanii|Jani', 'muniyaa|Muniya',
  ],
  muslim: [
    'faatimaa|Fatima', 'rukhsaar|Rukhsar', 'nasriin|Nasreen/Nasrin', 'shabnam|Shabnam', 'aayeshaa|Ayesha/Aisha', 'sanaa|Sana',
    'ruubiinaa|Rubina', 'farhaanaa|Farhana', 'zainab|Zainab', 'salmaa|Salma', 'rehaanaa|Rehana', 'nuurjahaan|Noorjahan',
    'afsaanaa|Afsana', 'amiinaa|Amina', 'aasmaa|Asma', 'phirdaus|Firdous/Firdaus', 'gulshan|Gulshan', 'hiinaa|Heena/Hina', 'jannat|Jannat',
    'khushbuu|Khushboo/Khushbu', 'mehjabiin|Mehjabin', 'mumtaaz|Mumtaz', 'naaziyaa|Nazia/Naziya', 'parviin|Parveen/Parvin', 'raziyaa|Razia',
    'saayaraa|Saira', 'shaahiin|Shaheen', 'tabassum|Tabassum', 'yaasmiin|Yasmin/Yasmeen',
  ],
};

export const surnames = {
  GJ: [
    'paTel|Patel', 'shaah|Shah', 'parmaar|Parmar', 'chauhaaN|Chauhan', 'solaMkii|Solanki', 'vaaghelaa|Vaghela', 'raaThoD|Rathod',
    'makvaaNaa|Makwana', 'Thaakor|Thakor', 'desaaii|Desai', 'joshii|Joshi', 'mehtaa|Mehta', 'trivedii|Trivedi', 'bhaTT|Bhatt',
    'prajaapati|Prajapati', 'vasaavaa|Vasava', 'chaudharii|Chaudhari/Chaudhary', 'gohil|Gohil', 'jaaDejaa|Jadeja', 'parekh|Parekh',
    'modii|Modi', 'paMDyaa|Pandya', 'rabaarii|Rabari', 'daamor|Damor', 'baariyaa|Bariya', 'vaaLaa|Vala',
  ],
  JH: [
    'kumaar|Kumar', 'mahto|Mahato/Mahto', 'yaadav|Yadav', 'siMh|Singh', 'muMDaa|Munda', 'saahuu|Sahu', 'prasaad|Prasad', 'guptaa|Gupta',
    'maMDal|Mandal', 'paaNDey|Pandey', 'mishraa|Mishra', 'thaakur|Thakur', 'raam|Ram', 'mahlii|Mahli', 'mahtaa|Mahta',
  ],
  JHtribal: [
    'soren|Soren', 'hembram|Hembrom', 'murmuu|Murmu', 'TuDuu|Tudu', 'kujuur|Kujur', 'tirkii|Tirkey/Tirki', 'ekkaa|Ekka', 'miMj|Minj',
    'lakRaa|Lakra', 'uraaMv|Oraon', 'beDiyaa|Bediya', 'kisku|Kisku', 'maraaNDii|Marandi', 'muMDaa|Munda', 'baaskey|Baskey',
  ],
  WB: [
    'daas|Das', 'maMDal|Mondal/Mandal', 'ghoSh|Ghosh', 'raay|Roy/Ray', 'de|Dey/De', 'sar\'kaar|Sarkar', 'saahaa|Saha', 'paal|Paul/Pal',
    'vishvaas|Biswas', 'basu|Bose/Basu', 'baanaarjii|Banerjee', 'chaaTaarjii|Chatterjee', 'mukhaarjii|Mukherjee',
    'haaldaar|Halder/Haldar', 'mallik|Mallick/Mallik', 'praamaaNik|Pramanik', 'baag|Bag', 'haaMsdaa|Hansda', 'maajhii|Majhi',
    'naskar|Naskar', 'jaanaa|Jana', 'maitii|Maity/Maiti', 'bera|Bera', 'daluii|Dalui',
  ],
  muslim: ['khaan|Khan', 'ansaarii|Ansari', 'shekh|Sheikh/Shaikh', 'alam|Alam', 'kureshii|Qureshi', 'momin|Momin', 'pathaaN|Pathan', 'sayyad|Sayyed/Saiyed', 'mansuurii|Mansuri'],
};

/** Pet names: a found child may give one instead of the registered name. */
export const petNames = {
  male: ['sonuu|Sonu', 'monuu|Monu', 'guDDuu|Guddu', 'chhoTuu|Chhotu', 'golu|Golu', 'biTTuu|Bittu', 'TiMkuu|Tinku', 'bubaaii|Bubai', 'pappuu|Pappu', 'baabuu|Babu', 'bablu|Bablu', 'raajaa|Raja'],
  female: ['piMkii|Pinki/Pinky', 'bablii|Babli', 'munnii|Munni', 'guDiyaa|Gudiya', 'sonii|Soni', 'chhuTkii|Chhutki', 'bulbul|Bulbul', 'rinii|Rini', 'tumpaa|Tumpa', 'mauu|Mou'],
};

/** Localities used in place descriptions (each district gets a few). */
export const localities = [
  'Sadar Bazar', 'Station Road', 'Gandhi Chowk', 'Old Market', 'Civil Lines', 'Mission Road', 'Kali Mandir', 'Hanuman Mandir',
  'Masjid Road', 'School Para', 'Hat Tala', 'Ghat Road', 'Shivaji Nagar', 'Nehru Colony', 'Rampur', 'Sitapur', 'Laxmipur',
  'Bhawanipur', 'Kalyanpur', 'Ambedkar Nagar', 'Subhash Pally', 'Ratanpur', 'Kadam Kuan', 'Lal Bagh', 'Dharampur', 'Chandni Chowk',
  'Bapu Nagar', 'Naroda', 'Maninagar', 'Vastral', 'Hirapur', 'Kusum Vihar', 'Harmu', 'Doranda', 'Kanke', 'Bistupur', 'Sakchi',
  'Belgharia', 'Dum Dum', 'Baranagar', 'Salt Lake', 'Garia', 'Behala', 'Tollygunge', 'Uttarpara', 'Chinsurah', 'Bandel',
];

/** Identification marks: types, body parts and sides, with phrases in Hindi, Bengali and Gujarati. */
export const markWords = {
  type: {
    mole: { en: 'mole', hi: 'तिल', bn: 'তিল', gu: 'તલ' },
    scar: { en: 'scar', hi: 'चोट का निशान', bn: 'কাটা দাগ', gu: 'ઘાનું નિશાન' },
    burn: { en: 'burn mark', hi: 'जले का निशान', bn: 'পোড়া দাগ', gu: 'દાઝ્યાનું નિશાન' },
    birthmark: { en: 'birth mark', hi: 'जन्म का निशान', bn: 'জন্ম দাগ', gu: 'જન્મ નિશાન' },
    tattoo: { en: 'tattoo', hi: 'गोदना', bn: 'উল্কি', gu: 'છૂંદણું' },
    wart: { en: 'wart', hi: 'मस्सा', bn: 'আঁচিল', gu: 'મસો' },
  },
  part: {
    cheek: { en: 'cheek', hi: 'गाल', bn: 'গালে', gu: 'ગાલ' },
    forehead: { en: 'forehead', hi: 'माथे', bn: 'কপালে', gu: 'કપાળ' },
    chin: { en: 'chin', hi: 'ठोड़ी', bn: 'থুতনিতে', gu: 'દાઢી' },
    neck: { en: 'neck', hi: 'गर्दन', bn: 'গলায়', gu: 'ગરદન' },
    hand: { en: 'hand', hi: 'हाथ', bn: 'হাতে', gu: 'હાથ' },
    arm: { en: 'arm', hi: 'बांह', bn: 'বাহুতে', gu: 'બાવડા' },
    leg: { en: 'leg', hi: 'पैर', bn: 'পায়ে', gu: 'પગ' },
    back: { en: 'back', hi: 'पीठ', bn: 'পিঠে', gu: 'પીઠ' },
    ear: { en: 'ear', hi: 'कान', bn: 'কানে', gu: 'કાન' },
    nose: { en: 'nose', hi: 'नाक', bn: 'নাকে', gu: 'નાક' },
    lip: { en: 'lip', hi: 'होंठ', bn: 'ঠোঁটে', gu: 'હોઠ' },
    finger: { en: 'finger', hi: 'उंगली', bn: 'আঙুলে', gu: 'આંગળી' },
    stomach: { en: 'stomach', hi: 'पेट', bn: 'পেটে', gu: 'પેટ' },
    shoulder: { en: 'shoulder', hi: 'कंधे', bn: 'কাঁধে', gu: 'ખભા' },
  },
  side: {
    left: { en: 'left', hi: 'बाएं', bn: 'বাঁ', gu: 'ડાબા' },
    right: { en: 'right', hi: 'दाएं', bn: 'ডান', gu: 'જમણા' },
  },
} as const;

/** Village names: a stem and a regional ending (phonemic spellings, as names). Each district gets a few hundred. */
export const villageParts = {
  stems: [
    'raam', 'siitaa', 'lakh', 'kesar', 'maan', 'bhaav', 'chaaMd', 'dev', 'gokul', 'hari', 'jas', 'kaal', 'maadhav', 'naaraayaN', 'paal',
    'raaj', 'shiv', 'suuraj', 'vijay', 'amar', 'baal', 'jiivan', 'kaMchan', 'laal', 'motii', 'piipal', 'bar', 'aam', 'kusum', 'sonaa',
    'haldii', 'kalyaaN', 'govind', 'bhiim', 'chaMdan', 'dhan', 'gaNesh', 'indra', 'kaashii', 'madhu', 'nand', 'phuul', 'ratan', 'sukh',
    'baghaa', 'baaMs', 'belaa', 'dhobii', 'kadam', 'mahuaa', 'naagar', 'paaras', 'saal', 'tulsii', 'uday',
  ],
  endings: {
    GJ: ['pur', 'puraa', 'gaam', 'nagar', 'vaaDaa', 'sar', 'paaDaa', 'gaDh', 'vaav', 'paalii'],
    JH: ['Dih', 'tolaa', 'pur', 'gaaMv', 'baad', 'Tolii', 'beRaa', 'garhaa', 'saraay', 'kuMD'],
    WB: ['pur', 'graam', 'paaRaa', 'khaalii', 'gaMj', 'haaT', 'DaaMgaa', 'chak', 'baaRii', 'naagar'],
  },
};

/** Railway junctions where children travelling alone are often found: a share of those found away from home. */
export const railwayHubs = { GJ: ['AHM', 'VAD', 'SUR', 'RAJ'], JH: ['RAN', 'DHN', 'ESB', 'BOK'], WB: ['HOW', 'KOL', 'PRB', 'PBD', 'JAL'] } as const;
